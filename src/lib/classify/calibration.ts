/** Written by `npm run train` (src/cli/train.ts): what a confidence has meant on the real yttranden, cross-validated (calibrationBand.ts). */
import type { Calibration } from './calibrationBand.ts';

export const CALIBRATION: Calibration = {"items":295,"threshold":0.76,"decided":0.681,"right":0.95,"bands":[{"from":0.4,"to":0.5,"n":5,"accuracy":0.4},{"from":0.5,"to":0.6,"n":7,"accuracy":0.571},{"from":0.6,"to":0.7,"n":26,"accuracy":0.654},{"from":0.7,"to":0.8,"n":34,"accuracy":0.706},{"from":0.8,"to":0.9,"n":54,"accuracy":0.852},{"from":0.9,"to":1,"n":169,"accuracy":0.953}]};
