/** The look shared by text inputs, textareas and selects, including the invalid state. */
export const controlClasses =
  "w-full rounded-control border border-border bg-surface px-3 text-sm text-foreground shadow-sm transition-colors placeholder:text-subtle hover:border-border-strong focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring/40 disabled:cursor-not-allowed disabled:opacity-60 [&[readonly]]:bg-surface-muted [&[readonly]]:text-muted aria-invalid:border-danger aria-invalid:focus-visible:outline-danger/30";
