export function StoreUnavailable({ error }: { error: unknown }) {
  const name = (error as { name?: string } | null)?.name;
  const message =
    name === 'VersionError'
      ? 'The data on this device was written by a newer version of Oversight. Install the newer version to open it; nothing has been changed.'
      : `Oversight could not open its data on this device: ${error instanceof Error ? error.message : String(error)}. Nothing has been changed. Close other Oversight windows and try again.`;
  return (
    <main className="first-run" id="main">
      <section className="first-run-card" role="alert">
        <h1>Oversight cannot open its data</h1>
        <p>{message}</p>
      </section>
    </main>
  );
}
