// Route-handler plumbing: the apiRoute wrapper and what it is made of.
export { MAX_JSON_BODY_BYTES, readBodyCapped, readJson } from "./body";
export { errorResponse, eventStream, handle, wantsEventStream } from "./responses";
export { assertJsonContentType, assertSameOrigin, assertUploadContentType, isSameOrigin, requestHost } from "./request-checks";
export { idParam } from "./params";
export { anyone, apiRoute, type RawUpload, type RouteInput } from "./route";
