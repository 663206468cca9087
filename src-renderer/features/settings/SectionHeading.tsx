// The title and the one-line explanation every settings section opens with.
export function SectionHeading({ id, title, intro }: { id: string; title: string; intro: string }) {
  return (
    <header className="settings-section-head">
      <h2 id={id}>{title}</h2>
      <p className="settings-muted">{intro}</p>
    </header>
  );
}
