/** Written by `npm run train` (src/cli/train.ts): what a confidence has meant on the real yttranden, cross-validated (calibrationBand.ts). */
import type { Calibration } from './calibrationBand.ts';

export const CALIBRATION: Calibration = {"items":295,"threshold":0.76,"decided":0.675,"right":0.935,"bands":[{"from":0.4,"to":0.5,"n":8,"accuracy":0.5},{"from":0.5,"to":0.6,"n":4,"accuracy":0.5},{"from":0.6,"to":0.7,"n":26,"accuracy":0.731},{"from":0.7,"to":0.8,"n":36,"accuracy":0.722},{"from":0.8,"to":0.9,"n":75,"accuracy":0.8},{"from":0.9,"to":1,"n":146,"accuracy":0.966}]};
