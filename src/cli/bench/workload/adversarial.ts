/**
 * Adversarial classifier inputs: texts whose shape, not size, could make a tokenizer,
 * a sentence splitter or a pattern matcher go quadratic. Each is built to `chars` length.
 */
export interface AdversarialShape {
  name: string;
  /** The repeated unit. */
  unit: string;
}

export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  { name: 'one letter', unit: 'a' },
  { name: 'å (non-ASCII letter)', unit: 'å' },
  { name: 'spaces', unit: ' ' },
  { name: 'newlines', unit: '\n' },
  { name: 'mixed whitespace', unit: ' \t\n\u00a0\r\n' },
  { name: 'keyword "samverkan"', unit: 'samverkan ' },
  { name: 'stance word "tillstyrker"', unit: 'tillstyrker ' },
  { name: 'negation "inte"', unit: 'inte ' },
  { name: 'one endless sentence', unit: 'förvaltningen anser att nämnden under förutsättning att ' },
  { name: 'tiny sentences', unit: 'Ja. ' },
  { name: 'periods', unit: '.' },
  { name: 'section headings', unit: 'Förvaltningens synpunkter\n' },
  { name: 'open brackets and quotes', unit: '("' },
  { name: 'digits and list markers', unit: '1. 2) ' },
  // A condition whose clause runs on in spaces and commas: a trailing-punctuation regex goes quadratic here.
  { name: 'a condition trailing into spaces', unit: 'under förutsättning att ,   ' },
  // Each passive verb looks for the body proposing its att-clause, each "om" for an inquiry verb before it.
  { name: 'nested proposals and questions', unit: 'kontoret föreslår att nämnden föreslår att motionen avslås och om det kan undersökas hur ' },
];

/** `unit` repeated to exactly `chars` characters. */
export function adversarialText(shape: AdversarialShape, chars: number): string {
  const reps = Math.ceil(chars / shape.unit.length);
  return shape.unit.repeat(reps).slice(0, chars);
}
