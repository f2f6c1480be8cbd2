export { createPortal, type CreatePortalOptions, type Portal } from './portal.js';
export type { PortalOptions } from './config.js';
export type { NewAccount } from './accounts.js';
export type { SweepResult } from './sweeper.js';
export { toNodeHandler } from './adapters/node.js';
export { PortalError, type PortalErrorOptions } from './errors.js';
export { hashPassword, verifyPassword } from './password/hash.js';
export { checkNewPassword, type NewPasswordCheck } from './password/policy.js';
export { createMemoryStore } from './stores/memory.js';
export { createPgliteStore } from './stores/pglite.js';
export { createPostgresStore } from './stores/postgres.js';
export type { Store, StorePart } from './stores/store.js';
export type { TrustedProxies } from './security/client-address.js';
export type { Mailer, NoticeTemplate, OutgoingMessage } from './notices/mailer.js';
export type { Member, MemberRegistry } from './members.js';
export type { RelyingParty } from './context.js';
export type { LogLine, PortalLog } from './http.js';
export { verifyApprovalReceipt, type ReceiptCheck } from './flows/approve-receipt.js';
export { canonicalJson } from './flows/approve-binding.js';
export type { BankDetails, PostalAddress } from './members.js';
export type {
  DocumentCategoryOption,
  DocumentScan,
  DocumentStore,
  DocumentSubmission,
  DocumentsOptions,
  ScannedDocument,
  StagedDocument,
  StoredDocument,
} from './documents.js';
export { defaultDocumentCategories } from './documents.js';
export { filesystemDocuments, type FilesystemDocuments } from './documents-filesystem.js';
