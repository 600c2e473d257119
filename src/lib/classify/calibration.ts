/** Written by `npm run train` (src/cli/train.ts): what a confidence has meant on the real yttranden, cross-validated (calibrationBand.ts). */
import type { Calibration } from './calibrationBand.ts';

export const CALIBRATION: Calibration = {"items":295,"threshold":0.82,"decided":0.603,"right":0.944,"bands":[{"from":0.4,"to":0.5,"n":6,"accuracy":0.5},{"from":0.5,"to":0.6,"n":11,"accuracy":0.818},{"from":0.6,"to":0.7,"n":34,"accuracy":0.676},{"from":0.7,"to":0.8,"n":42,"accuracy":0.714},{"from":0.8,"to":0.9,"n":77,"accuracy":0.805},{"from":0.9,"to":1,"n":125,"accuracy":0.968}]};
