const TWINS: Record<string, string> = {
  'app.html': 'sandbox-panel.html',
  'index.html': 'sandbox-headless.html',
};

/**
 * The sandbox page that stands for an app page Miro would open (`app.html?x=1` →
 * `sandbox-panel.html?x=1`): the same entry, with the sandbox's `miro` instead of Miro's script.
 */
export function sandboxTwin(url: string): string {
  const match = /^(\.?\/)?([^?#]*)(.*)$/.exec(url);
  const path = match?.[2] ?? url;
  const twin = TWINS[path];
  return twin ? `/${twin}${match?.[3] ?? ''}` : url;
}
