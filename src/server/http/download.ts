import "server-only";

/** A file download: private, never cached, never sniffed, named by Content-Disposition. */
export function downloadResponse(body: BodyInit, o: { contentType: string; fileName: string; size?: number; requestId: string }): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": o.contentType,
      ...(o.size === undefined ? {} : { "content-length": String(o.size) }),
      "content-disposition": `attachment; filename="${o.fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "x-request-id": o.requestId,
    },
  });
}
