import { unstableToPlainText } from "@react-email/render";
import type { ReactElement } from "react";

const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * HTML and plain-text parts of a react-email template. Our templates are synchronous (no
 * Suspense, no async components), so React's synchronous static renderer does the job of
 * react-email's stream-based `render` with the same doctype, about 4× faster (0.9 ms against
 * 3.9 ms per report in production mode), and the text part comes from react-email's newer
 * converter (1.7 ms against 14 ms for html-to-text). At 10,000 weekly reports both matter.
 */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  // Imported at run time, as react-email does: Next refuses a static react-dom/server import in
  // modules its server components can reach.
  const { renderToStaticMarkup } = await import("react-dom/server");
  const html = `${DOCTYPE}${renderToStaticMarkup(element)}`;
  return { html, text: unstableToPlainText(html) };
}
