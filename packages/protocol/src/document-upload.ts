import * as z from 'zod/mini';
import { approvalView } from './approve.js';
import { call, Empty, onFirstUse, route } from './route.js';

// Document upload: a signed-in member sends one submission (a category, an optional note, one or
// more files) in one streamed multipart request. The server checks each file while it streams
// (size, type by magic bytes, the insurer's scanner) and stores all files of a submission or
// none. A category that needs an approval (applications) answers with a pending approval whose
// payload names every file by its SHA-256; the submission is accepted once it is approved.

/** The file types Portalkit accepts, by what their bytes are (never by name). */
export const documentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentType = (typeof documentTypes)[number];

const documentCategory = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    /** `sick-note`, `invoice`, `application`, `other`, or the insurer's own. */
    id: z.string(),
    label: z.object({ de: z.string(), en: z.string() }),
    /** A short help text under the choice. */
    hint: z.optional(z.object({ de: z.string(), en: z.string() })),
    /** Whether a submission of this category needs the member's approval with a passkey. */
    approval: z.boolean(),
    types: z.array(z.enum(documentTypes)),
    maxFileBytes: z.number(),
    maxTotalBytes: z.number(),
    maxFiles: z.number(),
  }),
);

const documentCategories = /* @__PURE__ */ onFirstUse(() =>
  z.object({ categories: z.array(documentCategory()) }),
);
export const DocumentCategories = /* @__PURE__ */ documentCategories();
export type DocumentCategories = z.infer<typeof DocumentCategories>;
export type DocumentCategory = DocumentCategories['categories'][number];

/** What the receipt says of each file received. */
const receivedFile = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    /** The member's file name, sanitized (no path, no control characters). */
    name: z.string(),
    type: z.enum(documentTypes),
    /** Bytes as stored (a photo without its EXIF data is smaller than the one chosen). */
    size: z.number(),
    /** SHA-256 of the stored bytes, hex. */
    sha256: z.string(),
  }),
);

const uploadReceipt = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    /** `DOC-2026-7K4Q9M`: what the member quotes when asking about it. */
    reference: z.string(),
    /** ISO 8601. */
    receivedAt: z.string(),
    category: z.string(),
    note: z.optional(z.string()),
    files: z.array(receivedFile()),
    /** The approval the submission was accepted with, for categories that need one. */
    approvalId: z.optional(z.string()),
  }),
);
export const UploadReceipt = /* @__PURE__ */ uploadReceipt();
export type UploadReceipt = z.infer<typeof UploadReceipt>;

/** The answer of an upload: the receipt, or a pending approval (categories that need one). */
const uploadResponse = /* @__PURE__ */ onFirstUse(() =>
  z.union([z.object({ receipt: uploadReceipt() }), z.object({ approval: approvalView() })]),
);
export const UploadResponse = /* @__PURE__ */ uploadResponse();
export type UploadResponse = z.infer<typeof UploadResponse>;

export const UploadReceiptRequest = /* @__PURE__ */ z.object({
  /** The approval's id: the receipt of a submission accepted by that approval. */
  approvalId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export type UploadReceiptRequest = z.infer<typeof UploadReceiptRequest>;

/**
 * The multipart form of an upload (`POST <base>/documents`, `multipart/form-data`): the fields
 * come before the files, in this order.
 */
export const uploadFields = {
  category: 'category',
  /** Optional: a note or reference for the clerk, one line, at most 200 characters. */
  note: 'note',
  /** Each file as its own part under this name, with its file name. */
  file: 'file',
} as const;

/** Path of the upload route below the portal's base path (a stream, not a JSON call). */
export const uploadPath = '/documents';

const categories = /* @__PURE__ */ call('GET', '/documents/categories', documentCategories);
/** The receipt of a submission once its approval went through. */
const receipt = /* @__PURE__ */ call(
  'POST',
  '/documents/receipt',
  onFirstUse(() => z.object({ receipt: uploadReceipt() })),
);
/** The upload's answer schema; the request is multipart (`uploadFields`), sent by the element. */
const upload = /* @__PURE__ */ call('POST', uploadPath, uploadResponse);

export const documentUploadCalls = { categories, receipt, upload };

export const documentUploadRoutes = {
  categories: /* @__PURE__ */ route(categories, Empty),
  receipt: /* @__PURE__ */ route(receipt, UploadReceiptRequest),
  /** Streamed: `input` is what the server checks of the fields, the files are checked as they stream. */
  upload: /* @__PURE__ */ route(upload, Empty),
};
