// The words of the map page, kept together so a test can hold them at reading grade 8.

export const mapWords = {
  title: 'Where does it hurt?',
  intro:
    'Mark every place that hurts, even ones far from your back, such as a hip or a thigh. Unknot then shows which muscle knots may be behind it.',
  seeCauses: 'See what may cause it',
  saddleMarked:
    'You marked the saddle area. Pain there can be a sign of a pressed nerve, so please answer the questions about it before any self-care.',
  saddleLink: 'Answer the nerve questions',
  back: 'Back to the start',
} as const;
