/** Starts the search UI lazily: on focus of the box, on a filter change, or at once when the URL carries ?q=. */
export function boot(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  if (!form || !input) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-ui.ts').then((m) => m.start(form, input));
  };
  const params = new URLSearchParams(location.search);
  if ([...params.values()].some(Boolean)) start();
  input.addEventListener('focus', start, { once: true });
  form.addEventListener('change', start, { once: true });
}
