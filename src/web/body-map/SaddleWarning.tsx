// Shown when the saddle area is marked and the app has not wired the safety questions in:
// pain or numbness there can go with a squeezed nerve bundle (cauda equina syndrome),
// which needs emergency care. Signs as listed by the NHS:
// https://www.nhs.uk/conditions/cauda-equina-syndrome/
import type { Ref } from 'react';

export function SaddleWarning({ ref }: { readonly ref?: Ref<HTMLDivElement> }) {
  return (
    // Focusable from code only: marking the area moves focus here so the advice is in view.
    <div className="body-map__warning" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>Pain between your legs can be a warning sign.</strong>
      </p>
      <p>
        Do you also have any of these, new: numbness between your legs or around your bottom,
        trouble starting to pee or holding it, loss of bowel control, or weakness in both legs?
      </p>
      <p>
        If yes, call your emergency number or go to an emergency department now. Do not wait, and do
        not start self-treatment.
      </p>
    </div>
  );
}
