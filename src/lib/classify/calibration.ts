/** Written by `npm run train` (src/cli/train.ts): what a confidence has meant on the real yttranden, cross-validated (calibrationBand.ts). */
import type { Calibration } from './calibrationBand.ts';

export const CALIBRATION: Calibration = {"items":295,"threshold":0.79,"decided":0.641,"right":0.931,"bands":[{"from":0.4,"to":0.5,"n":6,"accuracy":0.5},{"from":0.5,"to":0.6,"n":12,"accuracy":0.833},{"from":0.6,"to":0.7,"n":32,"accuracy":0.688},{"from":0.7,"to":0.8,"n":42,"accuracy":0.714},{"from":0.8,"to":0.9,"n":79,"accuracy":0.797},{"from":0.9,"to":1,"n":124,"accuracy":0.968}]};
