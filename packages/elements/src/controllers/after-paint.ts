/**
 * Resolves once the browser has painted the next frame (a task posted from the frame's
 * `requestAnimationFrame` callback runs after its rendering), so work that the first content does
 * not need (a background request, a question to the browser) does not delay it on a slow phone.
 * A tab in the background paints no frames: there it resolves after `fallbackMs`.
 */
export function afterPaint(fallbackMs = 250): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, fallbackMs);
  });
}
