// The first screen: what Unknot is, that it is not a diagnosis, and where to begin.
export function HomePage() {
  return (
    <section className="page home" aria-labelledby="home-title">
      <h1 id="home-title">Unknot</h1>
      <p className="lead">
        Unknot walks you through gentle self-treatment of the muscle knots behind low and mid back
        pain, step by step, and shows you over the weeks what helps you.
      </p>
      <aside className="note" aria-label="Before you start">
        <p>
          <strong>This is self-care guidance, not a diagnosis.</strong> A short safety check comes
          before any routine. If you have new numbness between your legs, trouble passing urine, or
          weakness in your legs, get medical help now.
        </p>
      </aside>
    </section>
  );
}
