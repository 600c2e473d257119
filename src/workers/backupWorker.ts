/// <reference lib="webworker" />
/**
 * The backup worker: writes backups as Blob parts and reads, checks and restores them
 * off the main thread (see backupJobs.ts), so a 600 MB backup never freezes the page.
 */
import { BackupJobs } from './backupJobs.ts';
import type { FromBackupWorker, ToBackupWorker } from './backupProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const jobs = new BackupJobs((m: FromBackupWorker) => scope.postMessage(m));
scope.onmessage = (ev: MessageEvent<ToBackupWorker>) => void jobs.handle(ev.data);
