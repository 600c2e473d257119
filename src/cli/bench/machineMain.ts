/** The machine-speed workload in a process of its own (a fresh heap, nothing else running in it). */
import { machineFigures } from './machine.ts';

process.stdout.write(JSON.stringify(machineFigures(Number(process.argv[2] ?? 5))));
