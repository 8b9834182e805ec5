import './panel.css';

/** Shown when the panel page is opened on its own instead of inside a Miro board. */
export function OutsideMiro() {
  return (
    <main className="jm-app">
      <h1 className="h3">Journey Mapper</h1>
      <p className="p-medium">
        Journey Mapper runs inside Miro — see the README for how to install it.
      </p>
    </main>
  );
}
