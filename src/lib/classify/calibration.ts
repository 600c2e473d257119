/** Written by `npm run train` (src/cli/train.ts): what a confidence has meant on the real yttranden, cross-validated (calibrationBand.ts). */
import type { Calibration } from './calibrationBand.ts';

export const CALIBRATION: Calibration = {"items":295,"threshold":0.75,"decided":0.678,"right":0.93,"bands":[{"from":0.4,"to":0.5,"n":7,"accuracy":0.571},{"from":0.5,"to":0.6,"n":6,"accuracy":0.333},{"from":0.6,"to":0.7,"n":25,"accuracy":0.76},{"from":0.7,"to":0.8,"n":38,"accuracy":0.737},{"from":0.8,"to":0.9,"n":74,"accuracy":0.797},{"from":0.9,"to":1,"n":145,"accuracy":0.972}]};
