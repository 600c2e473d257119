/** Written by `npm run train` (src/cli/train.ts): what a confidence has meant on the real yttranden, cross-validated (calibrationBand.ts). */
import type { Calibration } from './calibrationBand.ts';

export const CALIBRATION: Calibration = {"items":295,"threshold":0.8,"decided":0.654,"right":0.933,"bands":[{"from":0.4,"to":0.5,"n":6,"accuracy":0.5},{"from":0.5,"to":0.6,"n":11,"accuracy":0.636},{"from":0.6,"to":0.7,"n":24,"accuracy":0.833},{"from":0.7,"to":0.8,"n":38,"accuracy":0.684},{"from":0.8,"to":0.9,"n":73,"accuracy":0.795},{"from":0.9,"to":1,"n":143,"accuracy":0.965}]};
