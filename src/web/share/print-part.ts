// Prints one part of a screen (recovery codes, an invitation) on its own: everything else on
// the page is hidden from the printer until printing ends. Shown-once secrets never get a
// page of their own, so this prints them from where they are.
import './print-part.css';

export function printPart(element: HTMLElement | null): void {
  if (element === null) return;
  element.classList.add('print-part');
  document.body.classList.add('printing-part');
  const done = () => {
    element.classList.remove('print-part');
    document.body.classList.remove('printing-part');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
