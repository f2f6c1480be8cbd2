import type {
  AccountState,
  AccountStep,
  Task,
  PkAccount,
  AddressChangeStep,
  PkAddressChange,
  ApproveState,
  ApproveStep,
  PkApprove,
  BankDetailsStep,
  PkBankDetails,
  DocumentUploadState,
  DocumentUploadStep,
  PkDocumentUpload,
  ForgotPasswordState,
  ForgotPasswordStep,
  ResetMethod,
  PkForgotPassword,
  PkLogin,
  PasskeysState,
  PkPasskeys,
  PkPortal,
  RegisterState,
  RegisterStep,
  PkRegister,
  PkSessionTimer,
  PkEmailChangedDetail,
  PkPasswordChangedDetail,
  PkSessionEndedDetail,
  PkRegistrationEndedDetail,
  PkAccountStepDetail,
  PkAccountErrorDetail,
  PkAddressChangeCompleteDetail,
  PkAddressChangeStepDetail,
  PkAddressChangeErrorDetail,
  PkApprovalCompleteDetail,
  PkApprovalStatusDetail,
  PkApprovalErrorDetail,
  PkBankDetailsCompleteDetail,
  PkBankDetailsStepDetail,
  PkBankDetailsErrorDetail,
  PkUploadCompleteDetail,
  PkDocumentUploadStepDetail,
  PkDocumentUploadErrorDetail,
  PkPasswordResetDetail,
  PkForgotPasswordStepDetail,
  PkForgotPasswordErrorDetail,
  PkLoginSuccessDetail,
  PkLoginErrorDetail,
  PkPasskeysSuccessDetail,
  PkPasskeyChangeDetail,
  PkPasskeysErrorDetail,
  PkRegisterCompleteDetail,
  PkRegisterStepDetail,
  PkRegisterErrorDetail,
  PkSessionExtendedDetail,
  PkSessionExpiredDetail,
  PkSessionErrorDetail,
} from "@portalkit/elements";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

/** React's own props for an HTML element: `ref`, `key`, `style`, `onClick`, … */
type BaseProps<T extends HTMLElement> = import("react").DetailedHTMLProps<
  import("react").HTMLAttributes<T>,
  T
>;

type BaseEvents = {};

/** `PkAccount` component event */
export type PkAccountElementEvent<E = Event> = TypedEvent<PkAccount, E>;
/** `pk-email-changed` event type */
export type PkAccountPkEmailChangedElementEvent = PkAccountElementEvent<
  CustomEvent<PkEmailChangedDetail>
>;
/** `pk-password-changed` event type */
export type PkAccountPkPasswordChangedElementEvent = PkAccountElementEvent<
  CustomEvent<PkPasswordChangedDetail>
>;
/** `pk-session-ended` event type */
export type PkAccountPkSessionEndedElementEvent = PkAccountElementEvent<
  CustomEvent<PkSessionEndedDetail>
>;
/** `pk-registration-ended` event type */
export type PkAccountPkRegistrationEndedElementEvent = PkAccountElementEvent<
  CustomEvent<PkRegistrationEndedDetail>
>;
/** `pk-account-step` event type */
export type PkAccountPkAccountStepElementEvent = PkAccountElementEvent<
  CustomEvent<PkAccountStepDetail>
>;
/** `pk-account-error` event type */
export type PkAccountPkAccountErrorElementEvent = PkAccountElementEvent<
  CustomEvent<PkAccountErrorDetail>
>;

export type PkAccountProps = {
  /** Where "Zur Startseite" leads once the registration is ended. */
  "done-href"?: PkAccount["doneHref"] | undefined;
  /** Where "Zur Startseite" leads once the registration is ended. */
  doneHref?: PkAccount["doneHref"] | undefined;
  /** Where the member adds a passkey, which ending the registration needs. */
  "passkeys-href"?: PkAccount["passkeysHref"] | undefined;
  /** Where the member adds a passkey, which ending the registration needs. */
  passkeysHref?: PkAccount["passkeysHref"] | undefined;
  /** The server's password policy, whose rules the password task shows. */
  "password-policy"?: PkAccount["passwordPolicy"] | undefined;
  /** The server's password policy, whose rules the password task shows. */
  passwordPolicy?: PkAccount["passwordPolicy"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkAccount["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkAccount["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkAccount["messages"] | undefined;

  /** The e-mail address is changed; `detail: { email }`. */
  "onpk-email-changed"?:
    ((e: PkAccountPkEmailChangedElementEvent) => void) | undefined;
  /** The password is changed and every other session ended; `detail: { session }`. */
  "onpk-password-changed"?:
    ((e: PkAccountPkPasswordChangedElementEvent) => void) | undefined;
  /** Another device, or every other one, is signed out; `detail: { ended }`. */
  "onpk-session-ended"?:
    ((e: PkAccountPkSessionEndedElementEvent) => void) | undefined;
  /** The registration is ended; `detail: { approval }`. */
  "onpk-registration-ended"?:
    ((e: PkAccountPkRegistrationEndedElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "onpk-account-step"?:
    ((e: PkAccountPkAccountStepElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "onpk-account-error"?:
    ((e: PkAccountPkAccountErrorElementEvent) => void) | undefined;
};

export type PkAccountSolidJsProps = {
  /** Where "Zur Startseite" leads once the registration is ended. */
  "attr:done-href"?: PkAccount["doneHref"] | undefined;
  /** Where "Zur Startseite" leads once the registration is ended. */
  "prop:doneHref"?: PkAccount["doneHref"] | undefined;
  /** Where the member adds a passkey, which ending the registration needs. */
  "attr:passkeys-href"?: PkAccount["passkeysHref"] | undefined;
  /** Where the member adds a passkey, which ending the registration needs. */
  "prop:passkeysHref"?: PkAccount["passkeysHref"] | undefined;
  /** The server's password policy, whose rules the password task shows. */
  "attr:password-policy"?: PkAccount["passwordPolicy"] | undefined;
  /** The server's password policy, whose rules the password task shows. */
  "prop:passwordPolicy"?: PkAccount["passwordPolicy"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkAccount["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkAccount["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkAccount["messages"] | undefined;
  /** The e-mail address is changed; `detail: { email }`. */
  "on:pk-email-changed"?:
    ((e: PkAccountPkEmailChangedElementEvent) => void) | undefined;
  /** The password is changed and every other session ended; `detail: { session }`. */
  "on:pk-password-changed"?:
    ((e: PkAccountPkPasswordChangedElementEvent) => void) | undefined;
  /** Another device, or every other one, is signed out; `detail: { ended }`. */
  "on:pk-session-ended"?:
    ((e: PkAccountPkSessionEndedElementEvent) => void) | undefined;
  /** The registration is ended; `detail: { approval }`. */
  "on:pk-registration-ended"?:
    ((e: PkAccountPkRegistrationEndedElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "on:pk-account-step"?:
    ((e: PkAccountPkAccountStepElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "on:pk-account-error"?:
    ((e: PkAccountPkAccountErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `PkAddressChange` component event */
export type PkAddressChangeElementEvent<E = Event> = TypedEvent<
  PkAddressChange,
  E
>;
/** `pk-address-change-complete` event type */
export type PkAddressChangePkAddressChangeCompleteElementEvent =
  PkAddressChangeElementEvent<CustomEvent<PkAddressChangeCompleteDetail>>;
/** `pk-address-change-step` event type */
export type PkAddressChangePkAddressChangeStepElementEvent =
  PkAddressChangeElementEvent<CustomEvent<PkAddressChangeStepDetail>>;
/** `pk-address-change-error` event type */
export type PkAddressChangePkAddressChangeErrorElementEvent =
  PkAddressChangeElementEvent<CustomEvent<PkAddressChangeErrorDetail>>;

export type PkAddressChangeProps = {
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkAddressChange["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkAddressChange["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkAddressChange["messages"] | undefined;

  /** The new address is approved and saved; `detail: { approval }`. */
  "onpk-address-change-complete"?:
    | ((e: PkAddressChangePkAddressChangeCompleteElementEvent) => void)
    | undefined;
  /** Another step is shown; `detail: { step }`. */
  "onpk-address-change-step"?:
    ((e: PkAddressChangePkAddressChangeStepElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "onpk-address-change-error"?:
    ((e: PkAddressChangePkAddressChangeErrorElementEvent) => void) | undefined;
};

export type PkAddressChangeSolidJsProps = {
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkAddressChange["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkAddressChange["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkAddressChange["messages"] | undefined;
  /** The new address is approved and saved; `detail: { approval }`. */
  "on:pk-address-change-complete"?:
    | ((e: PkAddressChangePkAddressChangeCompleteElementEvent) => void)
    | undefined;
  /** Another step is shown; `detail: { step }`. */
  "on:pk-address-change-step"?:
    ((e: PkAddressChangePkAddressChangeStepElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "on:pk-address-change-error"?:
    ((e: PkAddressChangePkAddressChangeErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `PkApprove` component event */
export type PkApproveElementEvent<E = Event> = TypedEvent<PkApprove, E>;
/** `pk-approval-complete` event type */
export type PkApprovePkApprovalCompleteElementEvent = PkApproveElementEvent<
  CustomEvent<PkApprovalCompleteDetail>
>;
/** `pk-approval-status` event type */
export type PkApprovePkApprovalStatusElementEvent = PkApproveElementEvent<
  CustomEvent<PkApprovalStatusDetail>
>;
/** `pk-approval-error` event type */
export type PkApprovePkApprovalErrorElementEvent = PkApproveElementEvent<
  CustomEvent<PkApprovalErrorDetail>
>;

export type PkApproveProps = {
  /** The id of the transaction to load and approve, where no `approval` is given. */
  "approval-id"?: PkApprove["approvalId"] | undefined;
  /** The id of the transaction to load and approve, where no `approval` is given. */
  approvalId?: PkApprove["approvalId"] | undefined;
  /** `inbox`: the signed-in member's pending approvals, each opened in place. */
  mode?: PkApprove["mode"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkApprove["api"] | undefined;
  /** The transaction to approve, as a protected form's answer gives it; its heading takes focus. */
  approval?: PkApprove["approval"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkApprove["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkApprove["messages"] | undefined;

  /** The transaction is approved and the change made; `detail: { approval }`. */
  "onpk-approval-complete"?:
    ((e: PkApprovePkApprovalCompleteElementEvent) => void) | undefined;
  /** The transaction's status as learned: `pending`, then its end; `detail: { status }`. */
  "onpk-approval-status"?:
    ((e: PkApprovePkApprovalStatusElementEvent) => void) | undefined;
  /** An error is shown; `detail: { code }`. */
  "onpk-approval-error"?:
    ((e: PkApprovePkApprovalErrorElementEvent) => void) | undefined;
};

export type PkApproveSolidJsProps = {
  /** The id of the transaction to load and approve, where no `approval` is given. */
  "attr:approval-id"?: PkApprove["approvalId"] | undefined;
  /** The id of the transaction to load and approve, where no `approval` is given. */
  "prop:approvalId"?: PkApprove["approvalId"] | undefined;
  /** `inbox`: the signed-in member's pending approvals, each opened in place. */
  "prop:mode"?: PkApprove["mode"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkApprove["api"] | undefined;
  /** The transaction to approve, as a protected form's answer gives it; its heading takes focus. */
  "prop:approval"?: PkApprove["approval"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkApprove["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkApprove["messages"] | undefined;
  /** The transaction is approved and the change made; `detail: { approval }`. */
  "on:pk-approval-complete"?:
    ((e: PkApprovePkApprovalCompleteElementEvent) => void) | undefined;
  /** The transaction's status as learned: `pending`, then its end; `detail: { status }`. */
  "on:pk-approval-status"?:
    ((e: PkApprovePkApprovalStatusElementEvent) => void) | undefined;
  /** An error is shown; `detail: { code }`. */
  "on:pk-approval-error"?:
    ((e: PkApprovePkApprovalErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `PkBankDetails` component event */
export type PkBankDetailsElementEvent<E = Event> = TypedEvent<PkBankDetails, E>;
/** `pk-bank-details-complete` event type */
export type PkBankDetailsPkBankDetailsCompleteElementEvent =
  PkBankDetailsElementEvent<CustomEvent<PkBankDetailsCompleteDetail>>;
/** `pk-bank-details-step` event type */
export type PkBankDetailsPkBankDetailsStepElementEvent =
  PkBankDetailsElementEvent<CustomEvent<PkBankDetailsStepDetail>>;
/** `pk-bank-details-error` event type */
export type PkBankDetailsPkBankDetailsErrorElementEvent =
  PkBankDetailsElementEvent<CustomEvent<PkBankDetailsErrorDetail>>;

export type PkBankDetailsProps = {
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkBankDetails["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkBankDetails["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkBankDetails["messages"] | undefined;

  /** The new bank details are approved and saved; `detail: { approval }`. */
  "onpk-bank-details-complete"?:
    ((e: PkBankDetailsPkBankDetailsCompleteElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "onpk-bank-details-step"?:
    ((e: PkBankDetailsPkBankDetailsStepElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "onpk-bank-details-error"?:
    ((e: PkBankDetailsPkBankDetailsErrorElementEvent) => void) | undefined;
};

export type PkBankDetailsSolidJsProps = {
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkBankDetails["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkBankDetails["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkBankDetails["messages"] | undefined;
  /** The new bank details are approved and saved; `detail: { approval }`. */
  "on:pk-bank-details-complete"?:
    ((e: PkBankDetailsPkBankDetailsCompleteElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "on:pk-bank-details-step"?:
    ((e: PkBankDetailsPkBankDetailsStepElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "on:pk-bank-details-error"?:
    ((e: PkBankDetailsPkBankDetailsErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `PkDocumentUpload` component event */
export type PkDocumentUploadElementEvent<E = Event> = TypedEvent<
  PkDocumentUpload,
  E
>;
/** `pk-upload-complete` event type */
export type PkDocumentUploadPkUploadCompleteElementEvent =
  PkDocumentUploadElementEvent<CustomEvent<PkUploadCompleteDetail>>;
/** `pk-document-upload-step` event type */
export type PkDocumentUploadPkDocumentUploadStepElementEvent =
  PkDocumentUploadElementEvent<CustomEvent<PkDocumentUploadStepDetail>>;
/** `pk-document-upload-error` event type */
export type PkDocumentUploadPkDocumentUploadErrorElementEvent =
  PkDocumentUploadElementEvent<CustomEvent<PkDocumentUploadErrorDetail>>;

export type PkDocumentUploadProps = {
  /** Whether to offer "Foto aufnehmen": `auto` where the main pointer is coarse (phones). */
  camera?: PkDocumentUpload["camera"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkDocumentUpload["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkDocumentUpload["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkDocumentUpload["messages"] | undefined;

  /** The submission is stored (approved first where its category needs it); `detail: { receipt }`. */
  "onpk-upload-complete"?:
    ((e: PkDocumentUploadPkUploadCompleteElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "onpk-document-upload-step"?:
    ((e: PkDocumentUploadPkDocumentUploadStepElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "onpk-document-upload-error"?:
    | ((e: PkDocumentUploadPkDocumentUploadErrorElementEvent) => void)
    | undefined;
};

export type PkDocumentUploadSolidJsProps = {
  /** Whether to offer "Foto aufnehmen": `auto` where the main pointer is coarse (phones). */
  "prop:camera"?: PkDocumentUpload["camera"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkDocumentUpload["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkDocumentUpload["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkDocumentUpload["messages"] | undefined;
  /** The submission is stored (approved first where its category needs it); `detail: { receipt }`. */
  "on:pk-upload-complete"?:
    ((e: PkDocumentUploadPkUploadCompleteElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "on:pk-document-upload-step"?:
    ((e: PkDocumentUploadPkDocumentUploadStepElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "on:pk-document-upload-error"?:
    | ((e: PkDocumentUploadPkDocumentUploadErrorElementEvent) => void)
    | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `PkForgotPassword` component event */
export type PkForgotPasswordElementEvent<E = Event> = TypedEvent<
  PkForgotPassword,
  E
>;
/** `pk-password-reset` event type */
export type PkForgotPasswordPkPasswordResetElementEvent =
  PkForgotPasswordElementEvent<CustomEvent<PkPasswordResetDetail>>;
/** `pk-forgot-password-step` event type */
export type PkForgotPasswordPkForgotPasswordStepElementEvent =
  PkForgotPasswordElementEvent<CustomEvent<PkForgotPasswordStepDetail>>;
/** `pk-forgot-password-error` event type */
export type PkForgotPasswordPkForgotPasswordErrorElementEvent =
  PkForgotPasswordElementEvent<CustomEvent<PkForgotPasswordErrorDetail>>;

export type PkForgotPasswordProps = {
  /** The ways offered, space separated: `email sms letter passkey` (the default, all four) or a
part of them, as the server is configured. */
  methods?: PkForgotPassword["methods"] | undefined;
  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  "password-policy"?: PkForgotPassword["passwordPolicy"] | undefined;
  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  passwordPolicy?: PkForgotPassword["passwordPolicy"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkForgotPassword["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkForgotPassword["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkForgotPassword["messages"] | undefined;

  /** The new password is set, every other session is ended and the member is signed in; `detail: { session }`. */
  "onpk-password-reset"?:
    ((e: PkForgotPasswordPkPasswordResetElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "onpk-forgot-password-step"?:
    ((e: PkForgotPasswordPkForgotPasswordStepElementEvent) => void) | undefined;
  /** An error is shown; `detail: { code }`. */
  "onpk-forgot-password-error"?:
    | ((e: PkForgotPasswordPkForgotPasswordErrorElementEvent) => void)
    | undefined;
};

export type PkForgotPasswordSolidJsProps = {
  /** The ways offered, space separated: `email sms letter passkey` (the default, all four) or a
part of them, as the server is configured. */
  "prop:methods"?: PkForgotPassword["methods"] | undefined;
  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  "attr:password-policy"?: PkForgotPassword["passwordPolicy"] | undefined;
  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  "prop:passwordPolicy"?: PkForgotPassword["passwordPolicy"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkForgotPassword["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkForgotPassword["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkForgotPassword["messages"] | undefined;
  /** The new password is set, every other session is ended and the member is signed in; `detail: { session }`. */
  "on:pk-password-reset"?:
    ((e: PkForgotPasswordPkPasswordResetElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "on:pk-forgot-password-step"?:
    ((e: PkForgotPasswordPkForgotPasswordStepElementEvent) => void) | undefined;
  /** An error is shown; `detail: { code }`. */
  "on:pk-forgot-password-error"?:
    | ((e: PkForgotPasswordPkForgotPasswordErrorElementEvent) => void)
    | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `PkLogin` component event */
export type PkLoginElementEvent<E = Event> = TypedEvent<PkLogin, E>;
/** `pk-login-success` event type */
export type PkLoginPkLoginSuccessElementEvent = PkLoginElementEvent<
  CustomEvent<PkLoginSuccessDetail>
>;
/** `pk-login-error` event type */
export type PkLoginPkLoginErrorElementEvent = PkLoginElementEvent<
  CustomEvent<PkLoginErrorDetail>
>;

export type PkLoginProps = {
  /** The page where a member who forgot the password sets a new one. */
  "forgot-password-href"?: PkLogin["forgotPasswordHref"] | undefined;
  /** The page where a member who forgot the password sets a new one. */
  forgotPasswordHref?: PkLogin["forgotPasswordHref"] | undefined;
  /** Which ways to log in are offered. */
  methods?: PkLogin["methods"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkLogin["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkLogin["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkLogin["messages"] | undefined;

  /** The member is logged in; `detail: { session, method }`. */
  "onpk-login-success"?:
    ((e: PkLoginPkLoginSuccessElementEvent) => void) | undefined;
  /** An error is shown; `detail: { code }`. */
  "onpk-login-error"?:
    ((e: PkLoginPkLoginErrorElementEvent) => void) | undefined;
};

export type PkLoginSolidJsProps = {
  /** The page where a member who forgot the password sets a new one. */
  "attr:forgot-password-href"?: PkLogin["forgotPasswordHref"] | undefined;
  /** The page where a member who forgot the password sets a new one. */
  "prop:forgotPasswordHref"?: PkLogin["forgotPasswordHref"] | undefined;
  /** Which ways to log in are offered. */
  "prop:methods"?: PkLogin["methods"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkLogin["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkLogin["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkLogin["messages"] | undefined;
  /** The member is logged in; `detail: { session, method }`. */
  "on:pk-login-success"?:
    ((e: PkLoginPkLoginSuccessElementEvent) => void) | undefined;
  /** An error is shown; `detail: { code }`. */
  "on:pk-login-error"?:
    ((e: PkLoginPkLoginErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `PkPasskeys` component event */
export type PkPasskeysElementEvent<E = Event> = TypedEvent<PkPasskeys, E>;
/** `pk-passkeys-success` event type */
export type PkPasskeysPkPasskeysSuccessElementEvent = PkPasskeysElementEvent<
  CustomEvent<PkPasskeysSuccessDetail>
>;
/** `pk-passkey-renamed` event type */
export type PkPasskeysPkPasskeyRenamedElementEvent = PkPasskeysElementEvent<
  CustomEvent<PkPasskeyChangeDetail>
>;
/** `pk-passkey-removed` event type */
export type PkPasskeysPkPasskeyRemovedElementEvent = PkPasskeysElementEvent<
  CustomEvent<PkPasskeyChangeDetail>
>;
/** `pk-passkeys-error` event type */
export type PkPasskeysPkPasskeysErrorElementEvent = PkPasskeysElementEvent<
  CustomEvent<PkPasskeysErrorDetail>
>;

export type PkPasskeysProps = {
  /** Shows only the invitation to add a passkey, when the server offers one. */
  offer?: PkPasskeys["offer"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkPasskeys["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkPasskeys["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkPasskeys["messages"] | undefined;

  /** A passkey was added; `detail: { passkey }`. */
  "onpk-passkeys-success"?:
    ((e: PkPasskeysPkPasskeysSuccessElementEvent) => void) | undefined;
  /** A passkey was renamed; `detail: { passkey }` (with its new name). */
  "onpk-passkey-renamed"?:
    ((e: PkPasskeysPkPasskeyRenamedElementEvent) => void) | undefined;
  /** A passkey was removed; `detail: { passkey }` (as it was). */
  "onpk-passkey-removed"?:
    ((e: PkPasskeysPkPasskeyRemovedElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "onpk-passkeys-error"?:
    ((e: PkPasskeysPkPasskeysErrorElementEvent) => void) | undefined;
};

export type PkPasskeysSolidJsProps = {
  /** Shows only the invitation to add a passkey, when the server offers one. */
  "prop:offer"?: PkPasskeys["offer"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkPasskeys["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkPasskeys["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkPasskeys["messages"] | undefined;
  /** A passkey was added; `detail: { passkey }`. */
  "on:pk-passkeys-success"?:
    ((e: PkPasskeysPkPasskeysSuccessElementEvent) => void) | undefined;
  /** A passkey was renamed; `detail: { passkey }` (with its new name). */
  "on:pk-passkey-renamed"?:
    ((e: PkPasskeysPkPasskeyRenamedElementEvent) => void) | undefined;
  /** A passkey was removed; `detail: { passkey }` (as it was). */
  "on:pk-passkey-removed"?:
    ((e: PkPasskeysPkPasskeyRemovedElementEvent) => void) | undefined;
  /** An error is shown, the inline approval's too; `detail: { code }`. */
  "on:pk-passkeys-error"?:
    ((e: PkPasskeysPkPasskeysErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type PkPortalProps = {
  /** Base URL the server helper is mounted under. */
  api?: PkPortal["api"] | undefined;
  /** A client to use instead of ones built from `api` (stories, tests, custom transports). */
  client?: PkPortal["client"] | undefined;
};

export type PkPortalSolidJsProps = {
  /** Base URL the server helper is mounted under. */
  "prop:api"?: PkPortal["api"] | undefined;
  /** A client to use instead of ones built from `api` (stories, tests, custom transports). */
  "prop:client"?: PkPortal["client"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `PkRegister` component event */
export type PkRegisterElementEvent<E = Event> = TypedEvent<PkRegister, E>;
/** `pk-register-complete` event type */
export type PkRegisterPkRegisterCompleteElementEvent = PkRegisterElementEvent<
  CustomEvent<PkRegisterCompleteDetail>
>;
/** `pk-register-step` event type */
export type PkRegisterPkRegisterStepElementEvent = PkRegisterElementEvent<
  CustomEvent<PkRegisterStepDetail>
>;
/** `pk-register-error` event type */
export type PkRegisterPkRegisterErrorElementEvent = PkRegisterElementEvent<
  CustomEvent<PkRegisterErrorDetail>
>;

export type PkRegisterProps = {
  /** Asks for the last 6 digits of the health card's number too (where the insurer does). */
  "card-number"?: PkRegister["cardNumber"] | undefined;
  /** Asks for the last 6 digits of the health card's number too (where the insurer does). */
  cardNumber?: PkRegister["cardNumber"] | undefined;
  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  "password-policy"?: PkRegister["passwordPolicy"] | undefined;
  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  passwordPolicy?: PkRegister["passwordPolicy"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkRegister["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkRegister["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkRegister["messages"] | undefined;

  /** The account exists and the member is signed in; `detail: { session, passkeyAdded }`. */
  "onpk-register-complete"?:
    ((e: PkRegisterPkRegisterCompleteElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "onpk-register-step"?:
    ((e: PkRegisterPkRegisterStepElementEvent) => void) | undefined;
  /** An error is shown; `detail: { code }`. */
  "onpk-register-error"?:
    ((e: PkRegisterPkRegisterErrorElementEvent) => void) | undefined;
};

export type PkRegisterSolidJsProps = {
  /** Asks for the last 6 digits of the health card's number too (where the insurer does). */
  "bool:card-number"?: PkRegister["cardNumber"] | undefined;
  /** Asks for the last 6 digits of the health card's number too (where the insurer does). */
  "prop:cardNumber"?: PkRegister["cardNumber"] | undefined;
  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  "attr:password-policy"?: PkRegister["passwordPolicy"] | undefined;
  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  "prop:passwordPolicy"?: PkRegister["passwordPolicy"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkRegister["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkRegister["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkRegister["messages"] | undefined;
  /** The account exists and the member is signed in; `detail: { session, passkeyAdded }`. */
  "on:pk-register-complete"?:
    ((e: PkRegisterPkRegisterCompleteElementEvent) => void) | undefined;
  /** Another step is shown; `detail: { step }`. */
  "on:pk-register-step"?:
    ((e: PkRegisterPkRegisterStepElementEvent) => void) | undefined;
  /** An error is shown; `detail: { code }`. */
  "on:pk-register-error"?:
    ((e: PkRegisterPkRegisterErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `PkSessionTimer` component event */
export type PkSessionTimerElementEvent<E = Event> = TypedEvent<
  PkSessionTimer,
  E
>;
/** `pk-session-extended` event type */
export type PkSessionTimerPkSessionExtendedElementEvent =
  PkSessionTimerElementEvent<CustomEvent<PkSessionExtendedDetail>>;
/** `pk-session-expired` event type */
export type PkSessionTimerPkSessionExpiredElementEvent =
  PkSessionTimerElementEvent<CustomEvent<PkSessionExpiredDetail>>;
/** `pk-session-error` event type */
export type PkSessionTimerPkSessionErrorElementEvent =
  PkSessionTimerElementEvent<CustomEvent<PkSessionErrorDetail>>;

export type PkSessionTimerProps = {
  /** Seconds before the idle sign-out that the warning opens; at least 120. */
  "warn-before"?: PkSessionTimer["warnBefore"] | undefined;
  /** Seconds before the idle sign-out that the warning opens; at least 120. */
  warnBefore?: PkSessionTimer["warnBefore"] | undefined;
  /** Where "Erneut anmelden" leads; the current page when not set. */
  "login-href"?: PkSessionTimer["loginHref"] | undefined;
  /** Where "Erneut anmelden" leads; the current page when not set. */
  loginHref?: PkSessionTimer["loginHref"] | undefined;
  /** The `BroadcastChannel` the tabs of the site agree on. */
  channel?: PkSessionTimer["channel"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: PkSessionTimer["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  client?: PkSessionTimer["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: PkSessionTimer["messages"] | undefined;

  /** The member stayed signed in, here or in another tab; `detail: { idleExpiresIn, absoluteExpiresIn }` (seconds). */
  "onpk-session-extended"?:
    ((e: PkSessionTimerPkSessionExtendedElementEvent) => void) | undefined;
  /** The member is signed out, here or in another tab; `detail: { reason: 'idle' | 'absolute' | 'signed-out' }`. A page may navigate. */
  "onpk-session-expired"?:
    ((e: PkSessionTimerPkSessionExpiredElementEvent) => void) | undefined;
  /** Extending failed; `detail: { code }`. */
  "onpk-session-error"?:
    ((e: PkSessionTimerPkSessionErrorElementEvent) => void) | undefined;
};

export type PkSessionTimerSolidJsProps = {
  /** Seconds before the idle sign-out that the warning opens; at least 120. */
  "attr:warn-before"?: PkSessionTimer["warnBefore"] | undefined;
  /** Seconds before the idle sign-out that the warning opens; at least 120. */
  "prop:warnBefore"?: PkSessionTimer["warnBefore"] | undefined;
  /** Where "Erneut anmelden" leads; the current page when not set. */
  "attr:login-href"?: PkSessionTimer["loginHref"] | undefined;
  /** Where "Erneut anmelden" leads; the current page when not set. */
  "prop:loginHref"?: PkSessionTimer["loginHref"] | undefined;
  /** The `BroadcastChannel` the tabs of the site agree on. */
  "prop:channel"?: PkSessionTimer["channel"] | undefined;
  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  "prop:api"?: PkSessionTimer["api"] | undefined;
  /** A client to use instead of the portal's or one built from `api`. */
  "prop:client"?: PkSessionTimer["client"] | undefined;
  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  "prop:messages"?: PkSessionTimer["messages"] | undefined;
  /** The member stayed signed in, here or in another tab; `detail: { idleExpiresIn, absoluteExpiresIn }` (seconds). */
  "on:pk-session-extended"?:
    ((e: PkSessionTimerPkSessionExtendedElementEvent) => void) | undefined;
  /** The member is signed out, here or in another tab; `detail: { reason: 'idle' | 'absolute' | 'signed-out' }`. A page may navigate. */
  "on:pk-session-expired"?:
    ((e: PkSessionTimerPkSessionExpiredElementEvent) => void) | undefined;
  /** Extending failed; `detail: { code }`. */
  "on:pk-session-error"?:
    ((e: PkSessionTimerPkSessionErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * The signed-in member's account settings: the e-mail address (confirmed with a code
   * to the new one), the password, the signed-in devices, and ending the registration (approved
   * with a passkey).
   *
   * Loads the account and its sessions, then shows an overview: a section per setting with its
   * heading, a short summary and a button that opens its task in place of the overview, one at a
   * time. Escape or "Abbrechen" returns to the overview, focus on the button that opened the task.
   * E-mail: the new address, "Code senden", the 6-digit code (one field, `one-time-code`, pasting
   * works, "Code erneut senden" after a visible wait), done. Password: the current one and a new
   * one with the policy's rules ticked as typed; every other session ends. Devices: each session
   * (device, how it signed in, since when, last active, this device marked) with "Abmelden" named
   * after its device, and "Alle anderen Geräte abmelden", which asks first (WCAG 3.3.4). Ending the
   * registration explains what happens, then `<pk-approve>` inline with the pending approval; once
   * approved, the member is signed out everywhere. Each form is checked on submit with an error
   * summary that takes focus; each step's heading takes focus when it appears.
   *
   * Built on the step elements' base (`StepElement`): each task's stages are steps with a form
   * (one request at a time, values kept, errors, focus), and the overview is one more step.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `done-href`/`doneHref`: Where "Zur Startseite" leads once the registration is ended.
   * - `passkeys-href`/`passkeysHref`: Where the member adds a passkey, which ending the registration needs.
   * - `password-policy`/`passwordPolicy`: The server's password policy, whose rules the password task shows.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-email-changed`: The e-mail address is changed; `detail: { email }`.
   * - `pk-password-changed`: The password is changed and every other session ended; `detail: { session }`.
   * - `pk-session-ended`: Another device, or every other one, is signed out; `detail: { ended }`.
   * - `pk-registration-ended`: The registration is ended; `detail: { approval }`.
   * - `pk-account-step`: Another step is shown; `detail: { step }`.
   * - `pk-account-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-account-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form on steps with fields).
   * - `overview`: The overview of the settings.
   * - `section`: One setting in the overview.
   * - `section-heading`: A setting's heading.
   * - `summary`: A setting's short summary.
   * - `action`: The button that opens a setting's task.
   * - `form`: A step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `current`: The current e-mail address beside the new one.
   * - `field`: A label, hint, error and input group.
   * - `label`: A field's label.
   * - `hint`: A field's hint.
   * - `input`: A text or password input.
   * - `error`: A field's error message.
   * - `toggle`: The button that shows or hides a password.
   * - `rules`: The new password's rules.
   * - `rule`: One rule; `data-status` is `met`, `unmet`, `failed` or `server`.
   * - `countdown`: The seconds until "Code erneut senden" is offered.
   * - `session-list`: The signed-in devices.
   * - `session`: One signed-in device.
   * - `session-device`: A device's name.
   * - `current-device`: "Dieses Gerät", beside the current one.
   * - `session-detail`: A line about a session (how, since when, last active).
   * - `end-session`: "Abmelden" for one other device.
   * - `note`: "Sie sind nur auf diesem Gerät angemeldet."
   * - `consequences`: What ending the registration means.
   * - `link`: "Zur Startseite" after the registration is ended.
   * - `submit`: The step's main button; "Alle anderen Geräte abmelden".
   * - `secondary-action`: "Abbrechen", "Zurück zu den Einstellungen", "Code erneut senden", "Erneut versuchen".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-account": Partial<PkAccountProps & BaseProps<PkAccount> & BaseEvents>;

  /**
   * Changes the member's postal address, approved with a passkey: the current address,
   * the new one with the date it holds from, a review of old beside new, then `<pk-approve>`.
   *
   * Loads the current address from the insurer's registry (with "Erneut versuchen" if that fails),
   * then asks for street, house number, postcode (5 digits) and town, each with its autocomplete
   * token, and the date the new address holds from as three labelled fields (Tag, Monat, Jahr; at
   * most 12 months back and 6 months ahead). Checked on submit with an error summary; then a
   * review of old beside new, with "Ändern" back to the form, every value kept (WCAG 3.3.4). Sent,
   * the change waits for the member's approval: `<pk-approve>` shows it inline, bound to exactly
   * this change. Once approved, the element shows the new address and says that letters to the
   * old and the new address confirm it. Each step's heading takes focus when it appears.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-address-change-complete`: The new address is approved and saved; `detail: { approval }`.
   * - `pk-address-change-step`: Another step is shown; `detail: { step }`.
   * - `pk-address-change-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-address-change-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form on the form and review steps).
   * - `form`: The step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `current`: The address on file, and the new one at the end.
   * - `field`: A label, hint, error and input group (the date's fieldset too).
   * - `label`: A field's label, the date's legend.
   * - `hint`: A field's hint.
   * - `input`: A text input.
   * - `error`: A field's error message.
   * - `review`: The review's table of old beside new.
   * - `from`: An old value in the review.
   * - `to`: A new value in the review.
   * - `submit`: The step's main button: "Weiter", "Senden und freigeben".
   * - `secondary-action`: "Ändern", "Erneut versuchen", "Änderung erneut eingeben".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-address-change": Partial<
    PkAddressChangeProps & BaseProps<PkAddressChange> & BaseEvents
  >;

  /**
   * Approves one protected change with a passkey, bound to exactly what the member sees:
   * the summary of the change, then "Mit Passkey freigeben" here, "Auf meinem Smartphone
   * freigeben" (a QR code, a short link and a number to pick there) or "Ablehnen".
   *
   * Shows the transaction a protected form hands it (`approval`) or loads it (`approval-id`): its
   * title and each line from the old to the new value, in the element's language. The passkey
   * ceremony's challenge is derived from the transaction, so the signature approves nothing else.
   * Waiting for the phone, it shows the time left (announced when the wait starts and in its last
   * minute) and learns the outcome by server-sent events, or by asking every few seconds where
   * they fail. Then approved, denied, expired or cancelled, each saying what to do next. With
   * `mode="inbox"` it lists the signed-in member's pending approvals and opens each in place.
   * Opened on the phone from the handoff link (`#t=…`, removed from the address), it shows the
   * change and three numbers; the right one leads to the passkey prompt, a wrong one cancels the
   * transaction. Each new view's heading takes focus.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `approval-id`/`approvalId`: The id of the transaction to load and approve, where no `approval` is given.
   * - `mode`: `inbox`: the signed-in member's pending approvals, each opened in place.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `approval`: The transaction to approve, as a protected form's answer gives it; its heading takes focus. (property only)
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-approval-complete`: The transaction is approved and the change made; `detail: { approval }`.
   * - `pk-approval-status`: The transaction's status as learned: `pending`, then its end; `detail: { status }`.
   * - `pk-approval-error`: An error is shown; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-approve-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-approve-qr-size`: Width of the QR code. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current view (a form on the phone's pick).
   * - `form`: The phone's `<form>` with the three numbers.
   * - `heading`: The view's heading, which takes focus when the view appears.
   * - `title`: The change's title in the inbox and at the end.
   * - `changes`: The description list of what changes.
   * - `change`: One line of it: its label, the old and the new value.
   * - `from`: The old value.
   * - `to`: The new value.
   * - `note`: A remark set apart: passkeys are unsupported.
   * - `qr`: The QR code that opens the transaction on the phone.
   * - `link`: The short link to type on the phone.
   * - `number-box`: The number to pick on the phone, with its label.
   * - `number`: The number itself, large.
   * - `countdown`: The time left to approve.
   * - `list`: The inbox's list.
   * - `item`: One pending approval in the inbox.
   * - `field`: The numbers' fieldset.
   * - `label`: The numbers' legend, each number's label, the number's label.
   * - `hint`: The numbers' hint and the number's.
   * - `error`: The numbers' error message.
   * - `choices`: The three numbers.
   * - `choice`: One number: its radio button and label.
   * - `radio`: A number's radio button.
   * - `submit`: "Mit Passkey freigeben", and "Weiter" on the phone.
   * - `secondary-action`: "Auf meinem Smartphone freigeben", "Ablehnen", "Abbrechen", "Erneut versuchen", an inbox entry's button and "Zurück zu den offenen Freigaben".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-approve": Partial<PkApproveProps & BaseProps<PkApprove> & BaseEvents>;

  /**
   * Changes the account the insurer pays refunds into, approved with a passkey: the
   * details on file (masked), the account holder and IBAN, a review of old beside new, then
   * `<pk-approve>`.
   *
   * Loads the bank details on file, the IBAN masked (or says there are none), with "Erneut
   * versuchen" if that fails. The IBAN is grouped in fours as it is typed or pasted, the caret
   * staying after the character it followed; on submit it is checked for its country's length,
   * its format and its check digits (mod 97), with an error summary. Then a review of old beside
   * new, with "Ändern" back to the form, every value kept (WCAG 3.3.4). Sent, the change waits for
   * the member's approval: `<pk-approve>` shows it inline, bound to exactly this change. Once
   * approved, the element shows the new account and says that an e-mail and a letter confirm it.
   * Each step's heading takes focus when it appears.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-bank-details-complete`: The new bank details are approved and saved; `detail: { approval }`.
   * - `pk-bank-details-step`: Another step is shown; `detail: { step }`.
   * - `pk-bank-details-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-bank-details-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form on the form and review steps).
   * - `form`: The step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `current`: The bank details on file, and the new ones at the end.
   * - `field`: A label, hint, error and input group.
   * - `label`: A field's label.
   * - `hint`: A field's hint.
   * - `input`: A text input.
   * - `error`: A field's error message.
   * - `review`: The review's table of old beside new.
   * - `from`: An old value in the review.
   * - `to`: A new value in the review.
   * - `submit`: The step's main button: "Weiter", "Senden und freigeben".
   * - `secondary-action`: "Ändern", "Erneut versuchen", "Änderung erneut eingeben".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-bank-details": Partial<
    PkBankDetailsProps & BaseProps<PkBankDetails> & BaseEvents
  >;

  /**
   * Sends documents to the insurer (sick notes, invoices for reimbursement, applications):
   * a category and a note, files from the file picker, drag and drop or the phone's camera, sent
   * with progress, then a printable receipt with each file's SHA-256.
   *
   * Loads the insurer's categories (with "Erneut versuchen" if that fails) and asks which one, with
   * an optional one-line note. Files are added with the native file input (several at once), by
   * dropping them onto it, or with "Foto aufnehmen" on phones; each is listed with a thumbnail
   * (images) or its type, its size and a remove button named after it. On "Dateien senden" each
   * file's first bytes are checked for PDF, JPEG or PNG as the category allows, and its size, the
   * number of files and their total against the category's limits, with a message per file in the
   * error summary (the server checks everything again, and decides). The files go in one request
   * with a `<progress>` per file and for all, announced when each file is done; "Senden abbrechen"
   * stops it and keeps the files, and after a network error "Erneut versuchen" sends the same
   * files again. A category that needs an approval shows `<pk-approve>` inline first. The receipt
   * names the reference number, date and time, category and each file with its size and SHA-256,
   * and can be printed. Each step's heading takes focus when it appears.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `camera`: Whether to offer "Foto aufnehmen": `auto` where the main pointer is coarse (phones).
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-upload-complete`: The submission is stored (approved first where its category needs it); `detail: { receipt }`.
   * - `pk-document-upload-step`: Another step is shown; `detail: { step }`.
   * - `pk-document-upload-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-document-upload-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-document-upload-thumbnail-size`: Width and height of a thumbnail. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form on the category, files and failed upload steps).
   * - `form`: The step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `field`: A label, hint, error and input group (the categories' fieldset too).
   * - `label`: A field's label, the categories' legend and each category's label.
   * - `hint`: A field's hint, and each category's.
   * - `input`: The note's text input.
   * - `error`: A field's or a file's error message.
   * - `choices`: The categories to choose from.
   * - `choice`: One category: its radio button, label and hint.
   * - `radio`: A category's radio button.
   * - `dropzone`: Where files can be dropped, around the file inputs.
   * - `add`: The native file input ("Dateien auswählen").
   * - `camera`: The file input that opens the camera ("Foto aufnehmen").
   * - `file-list`: The files chosen, or being sent.
   * - `file`: One file: thumbnail, name, details, error and remove button, or its progress.
   * - `thumbnail`: An image's thumbnail, or the type of a PDF.
   * - `file-name`: A file's name.
   * - `file-details`: A file's type and size, or its progress as text.
   * - `remove`: A file's remove button ("Rechnung.pdf entfernen").
   * - `progress`: A `<progress>` of a file or of all.
   * - `total`: The progress of all files.
   * - `receipt`: The receipt.
   * - `details`: The receipt's reference, time, category, note and approval.
   * - `reference`: The reference number.
   * - `files`: The receipt's table of files received.
   * - `checksum`: A file's SHA-256.
   * - `print`: The button that prints the receipt.
   * - `submit`: The step's main button: "Weiter", "Dateien senden", "Erneut versuchen".
   * - `secondary-action`: "Zurück", "Senden abbrechen", "Zurück zur Dateiliste", "Dateien erneut senden", "Weitere Dokumente senden".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-document-upload": Partial<
    PkDocumentUploadProps & BaseProps<PkDocumentUpload> & BaseEvents
  >;

  /**
   * A new password for a member who forgot it: a code by e-mail, SMS or letter, or a
   * passkey of the account, then the new password; the member is then signed in.
   *
   * Steps, each a form validated on submit with an error summary: (1) the KVNR or e-mail address,
   * (2) the way: a code by e-mail, SMS or a new activation letter, or "Mit meinem Passkey" (the
   * same choice for every member; a passkey goes straight to step 4), (3) the code, with "Code
   * erneut senden" after a visible wait that is announced when it starts and ends, or the letter's
   * answer, (4) the new password with the policy's rules ticked as typed, (5) done. The answer to
   * every request before the proof is the same whether or not the account exists. Each step's
   * heading takes focus when it appears. Opened from a reset letter's QR code (`#code=…`, removed
   * from the address), it starts at the code, filled in, and asks whose account it is.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `methods`: The ways offered, space separated: `email sms letter passkey` (the default, all four) or a
   * part of them, as the server is configured.
   * - `password-policy`/`passwordPolicy`: The server's password policy, whose rules the password step shows: `modern` or `classic`.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-password-reset`: The new password is set, every other session is ended and the member is signed in; `detail: { session }`.
   * - `pk-forgot-password-step`: Another step is shown; `detail: { step }`.
   * - `pk-forgot-password-error`: An error is shown; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-forgot-password-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form, except on the done step).
   * - `form`: The current step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `field`: A label, hint, error and input group (the ways' fieldset too).
   * - `label`: A field's label, the ways' legend and each way's label.
   * - `hint`: A field's hint, and each way's.
   * - `input`: A text input.
   * - `error`: A field's error message.
   * - `choices`: The ways to choose from.
   * - `choice`: One way: its radio button, label and hint.
   * - `radio`: A way's radio button.
   * - `note`: A remark set apart: the code came from the letter, passkeys are unsupported.
   * - `countdown`: The seconds until "Code erneut senden" is offered.
   * - `rules`: The new password's rules.
   * - `rule`: One rule; `data-status` is `met`, `unmet`, `failed` or `server`.
   * - `toggle`: The button that shows or hides the password.
   * - `submit`: The step's main button.
   * - `secondary-action`: "Ich habe schon einen Code", "Zurück", "Anderen Weg wählen", "Code erneut senden".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-forgot-password": Partial<
    PkForgotPasswordProps & BaseProps<PkForgotPassword> & BaseEvents
  >;

  /**
   * Login with the insurance number (KVNR) or e-mail address and a password, or with a
   * passkey (button, and the browser's autofill list through conditional mediation).
   *
   * Renders into its light DOM inside a real `<form>` so password managers and passkey autofill see
   * the fields. Validates on submit only; errors appear in a summary that takes focus and above each
   * field. Works standalone (`api`), inside `<pk-portal>`, or with an injected `client`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `forgot-password-href`/`forgotPasswordHref`: The page where a member who forgot the password sets a new one.
   * - `methods`: Which ways to log in are offered.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-login-success`: The member is logged in; `detail: { session, method }`.
   * - `pk-login-error`: An error is shown; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-login-max-width`: Width of the form. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `form`: The `<form>`.
   * - `field`: A label, hint, error and input group.
   * - `label`: A field's label.
   * - `hint`: A field's hint.
   * - `input`: The identifier and password inputs.
   * - `error`: A field's error message.
   * - `submit`: The "Anmelden" button.
   * - `toggle`: The button that shows or hides the password.
   * - `forgot-password`: The "Passwort vergessen?" link, with `forgot-password-href`.
   * - `passkey-section`: The passkey explanation and button, or the note that passkeys are unsupported.
   * - `secondary-action`: The "Mit Passkey anmelden" button.
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-login": Partial<PkLoginProps & BaseProps<PkLogin> & BaseEvents>;

  /**
   * The signed-in member's passkeys: a list (name, synced or bound to one device, when
   * added, when last used) with "Umbenennen" and "Entfernen" for each, and "Dieses Gerät als
   * Passkey hinzufügen"; or, with `offer`, only an invitation to add one.
   *
   * Loads the list when connected. When the member's login is too old to add a passkey, asks for
   * the password first, inline, and then adds the passkey in the same step.
   *
   * Renaming opens a field in the passkey's row (at most 64 characters, checked on "Speichern";
   * Escape or "Abbrechen" leaves it); focus returns to the row's "Umbenennen", and the new name is
   * announced. Removing asks first, in place of the list: while other passkeys remain, the server
   * answers a pending approval and `<pk-approve>` is shown inline, as in the protected forms, to be
   * approved with one of the other passkeys (never the one being removed); once approved the
   * passkey is gone from the list, and after a decline "Zurück zu Ihren Passkeys" leads back. The
   * last passkey is removed with the password instead, after a warning that changes of address and
   * bank details then need a new passkey.
   *
   * Where the browser has the WebAuthn Signal API, the member's password manager is told which
   * passkeys still exist (`PublicKeyCredential.signalAllAcceptedCredentials`) after each load of
   * the list and after a removal, and the account's name (`signalCurrentUserDetails`) after each
   * load; where it has not, nothing happens.
   *
   * Offer mode (`offer`), for the page after a password sign-in: when the server says the member
   * may be invited (signed in with the password, no passkey yet, no "Nicht jetzt" in the last 30
   * days) and the browser supports passkeys, shows "Schneller und sicherer anmelden" with "Passkey
   * anlegen" (the add flow above) and "Nicht jetzt" (remembered by the server; the invitation goes
   * and the status says so). Otherwise it shows nothing, a list that cannot be loaded included.
   *
   * By hand with NVDA or VoiceOver: each passkey's buttons are read with its name; the name field
   * is read with its label and hint, and its error after an empty "Speichern"; the new name and a
   * removal are heard from the status region; the confirm step's heading is read when it appears,
   * and so is `<pk-approve>`'s; after "Nicht jetzt" the status is heard.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `offer`: Shows only the invitation to add a passkey, when the server offers one.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-passkeys-success`: A passkey was added; `detail: { passkey }`.
   * - `pk-passkey-renamed`: A passkey was renamed; `detail: { passkey }` (with its new name).
   * - `pk-passkey-removed`: A passkey was removed; `detail: { passkey }` (as it was).
   * - `pk-passkeys-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-passkeys-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `passkey-list`: The list of passkeys.
   * - `passkey`: One passkey in the list.
   * - `passkey-name`: A passkey's name.
   * - `passkey-detail`: A line about a passkey (synced, added, last used).
   * - `passkey-actions`: A passkey's "Umbenennen" and "Entfernen".
   * - `rename`: A passkey's "Umbenennen" button (named after the passkey).
   * - `remove`: A passkey's "Entfernen" button (named after the passkey).
   * - `rename-form`: The name field in a passkey's row, with "Speichern" and "Abbrechen".
   * - `empty`: The text shown when there is no passkey yet.
   * - `submit`: The "Dieses Gerät als Passkey hinzufügen" button, and each form's main button ("Bestätigen und Passkey hinzufügen", "Speichern", "Passkey entfernen", "Passkey anlegen").
   * - `secondary-action`: The button that loads the list again after an error, each form's "Abbrechen", "Zurück zu Ihren Passkeys" and "Nicht jetzt".
   * - `note`: The note that the browser does not support passkeys.
   * - `form`: The confirm form (password before adding a passkey; before removing one).
   * - `heading`: The confirm form's and the invitation's heading; the confirm form's takes focus when it appears.
   * - `warning`: The warning before the last passkey is removed.
   * - `offer`: The invitation to add a passkey (`offer`).
   * - `step`: Around the inline `<pk-approve>` of a removal and "Zurück zu Ihren Passkeys".
   * - `field`: A field's label, hint, error and input group.
   * - `label`: A field's label.
   * - `hint`: A field's hint.
   * - `input`: The password input and the name input.
   * - `error`: A field's error message.
   * - `toggle`: The button that shows or hides the password.
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-passkeys": Partial<PkPasskeysProps & BaseProps<PkPasskeys> & BaseEvents>;

  /**
   * Optional provider: gives the Portalkit elements inside it their server (the API base
   * URL, or one client) and the language, so a page configures them once.
   *
   * Renders nothing itself; its children stay where they are.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `api`: Base URL the server helper is mounted under.
   * - `client`: A client to use instead of ones built from `api` (stories, tests, custom transports). (property only)
   */
  "pk-portal": Partial<PkPortalProps & BaseProps<PkPortal> & BaseEvents>;

  /**
   * Registration in steps: identify against the member registry, activation letter by
   * post, activation code, a new password and binding this device with a passkey.
   *
   * Steps, each a form validated on submit with an error summary: (1) KVNR, postcode, date of birth
   * and e-mail ("letter requested" is the same answer whether or not they matched), (2) KVNR and the
   * letter's code (filled in from the QR code's `#code=…`, which is then removed from the address),
   * (3) the password with the policy's rules ticked as typed, (4) a passkey or "Später", (5) done.
   * "Schritt 2 von 5" is in every heading, which takes focus when its step appears; "Zurück" keeps
   * what was entered. A reload resumes: after a letter was requested (storage keeps only that) at
   * the code, after activation (the server's cookie) at the password.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `card-number`/`cardNumber`: Asks for the last 6 digits of the health card's number too (where the insurer does).
   * - `password-policy`/`passwordPolicy`: The server's password policy, whose rules the password step shows: `modern` or `classic`.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-register-complete`: The account exists and the member is signed in; `detail: { session, passkeyAdded }`.
   * - `pk-register-step`: Another step is shown; `detail: { step }`.
   * - `pk-register-error`: An error is shown; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-register-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form, except on the done step).
   * - `form`: The current step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `progress`: "Schritt 2 von 5" inside the heading.
   * - `field`: A label, hint, error and input group (the date of birth's fieldset too).
   * - `label`: A field's label or the date's legend.
   * - `hint`: A field's hint.
   * - `input`: A text input.
   * - `error`: A field's error message.
   * - `note`: The note that the code came from the letter, or that passkeys are unsupported.
   * - `rules`: The new password's rules.
   * - `rule`: One rule; `data-status` is `met`, `unmet`, `failed` or `server`.
   * - `toggle`: The button that shows or hides the password.
   * - `submit`: The step's main button.
   * - `secondary-action`: "Zurück", "Später" or "Ohne Passkey weiter".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-register": Partial<PkRegisterProps & BaseProps<PkRegister> & BaseEvents>;

  /**
   * Warns before the idle sign-out and lets the member stay signed in (WCAG 2.2.1), in
   * every open tab of the site.
   *
   * Reads the session's times (`GET /session`, which does not extend it) after the page is first
   * painted and shows nothing while there is time. `warn-before` seconds before the idle sign-out
   * it reads them again (another request may have extended the session) and otherwise opens a modal
   * `<dialog>`: "Sie werden in 2 Minuten abgemeldet", the time left, "Angemeldet bleiben" (one
   * `POST /session/extend`) and "Jetzt abmelden". Focus moves to "Angemeldet bleiben"; screen
   * readers hear the dialog's heading, the time left and why once, then the time left can be read
   * in steps of 15 seconds (the visible countdown is hidden from them). Escape counts as
   * "Angemeldet bleiben": the member is there, and a key must never sign them out. When the
   * session's absolute limit comes first, the warning says when it ends and that it cannot be
   * extended, with "OK" and "Jetzt abmelden". When the time is up it signs out (`POST /logout`),
   * says why, offers to sign in again and moves focus there. Tabs agree through a
   * `BroadcastChannel`: staying signed in closes the warning in all, signing out signs out all.
   * Times are kept as deadlines and checked on every tick and when the tab becomes visible again,
   * as browsers slow down timers in background tabs.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `warn-before`/`warnBefore`: Seconds before the idle sign-out that the warning opens; at least 120.
   * - `login-href`/`loginHref`: Where "Erneut anmelden" leads; the current page when not set.
   * - `channel`: The `BroadcastChannel` the tabs of the site agree on.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-session-extended`: The member stayed signed in, here or in another tab; `detail: { idleExpiresIn, absoluteExpiresIn }` (seconds).
   * - `pk-session-expired`: The member is signed out, here or in another tab; `detail: { reason: 'idle' | 'absolute' | 'signed-out' }`. A page may navigate.
   * - `pk-session-error`: Extending failed; `detail: { code }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `signOut() => Promise<void>`: Signs the member out from the page's own "Abmelden": `/logout` (a failure changes nothing:
   * the session is over or ends by itself), then every tab of the site is told; each shows the
   * reason and fires `pk-session-expired` with `signed-out`, as after "Jetzt abmelden".
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-session-timer-max-width`: Width of the warning. (default: `undefined`)
   * - `--pk-session-timer-backdrop`: The colour over the page behind the warning. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `dialog`: The warning (a modal `<dialog>`).
   * - `heading`: The warning's heading; the signed-out message's heading.
   * - `countdown`: The time left: a label and the minutes and seconds.
   * - `countdown-time`: The visible minutes and seconds (hidden from screen readers).
   * - `intro`: Why the warning comes, or when the session ends.
   * - `dialog-status`: The warning's polite live region (a failed extension).
   * - `error`: The failed extension's message.
   * - `actions`: The warning's buttons.
   * - `submit`: "Angemeldet bleiben" (or "OK", or "Erneut versuchen").
   * - `secondary-action`: "Jetzt abmelden".
   * - `signed-out`: The message after the sign-out, which takes focus.
   * - `reason`: Why the member was signed out.
   * - `login-link`: "Erneut anmelden".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-session-timer": Partial<
    PkSessionTimerProps & BaseProps<PkSessionTimer> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * The signed-in member's account settings: the e-mail address (confirmed with a code
   * to the new one), the password, the signed-in devices, and ending the registration (approved
   * with a passkey).
   *
   * Loads the account and its sessions, then shows an overview: a section per setting with its
   * heading, a short summary and a button that opens its task in place of the overview, one at a
   * time. Escape or "Abbrechen" returns to the overview, focus on the button that opened the task.
   * E-mail: the new address, "Code senden", the 6-digit code (one field, `one-time-code`, pasting
   * works, "Code erneut senden" after a visible wait), done. Password: the current one and a new
   * one with the policy's rules ticked as typed; every other session ends. Devices: each session
   * (device, how it signed in, since when, last active, this device marked) with "Abmelden" named
   * after its device, and "Alle anderen Geräte abmelden", which asks first (WCAG 3.3.4). Ending the
   * registration explains what happens, then `<pk-approve>` inline with the pending approval; once
   * approved, the member is signed out everywhere. Each form is checked on submit with an error
   * summary that takes focus; each step's heading takes focus when it appears.
   *
   * Built on the step elements' base (`StepElement`): each task's stages are steps with a form
   * (one request at a time, values kept, errors, focus), and the overview is one more step.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `done-href`/`doneHref`: Where "Zur Startseite" leads once the registration is ended.
   * - `passkeys-href`/`passkeysHref`: Where the member adds a passkey, which ending the registration needs.
   * - `password-policy`/`passwordPolicy`: The server's password policy, whose rules the password task shows.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-email-changed`: The e-mail address is changed; `detail: { email }`.
   * - `pk-password-changed`: The password is changed and every other session ended; `detail: { session }`.
   * - `pk-session-ended`: Another device, or every other one, is signed out; `detail: { ended }`.
   * - `pk-registration-ended`: The registration is ended; `detail: { approval }`.
   * - `pk-account-step`: Another step is shown; `detail: { step }`.
   * - `pk-account-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-account-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form on steps with fields).
   * - `overview`: The overview of the settings.
   * - `section`: One setting in the overview.
   * - `section-heading`: A setting's heading.
   * - `summary`: A setting's short summary.
   * - `action`: The button that opens a setting's task.
   * - `form`: A step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `current`: The current e-mail address beside the new one.
   * - `field`: A label, hint, error and input group.
   * - `label`: A field's label.
   * - `hint`: A field's hint.
   * - `input`: A text or password input.
   * - `error`: A field's error message.
   * - `toggle`: The button that shows or hides a password.
   * - `rules`: The new password's rules.
   * - `rule`: One rule; `data-status` is `met`, `unmet`, `failed` or `server`.
   * - `countdown`: The seconds until "Code erneut senden" is offered.
   * - `session-list`: The signed-in devices.
   * - `session`: One signed-in device.
   * - `session-device`: A device's name.
   * - `current-device`: "Dieses Gerät", beside the current one.
   * - `session-detail`: A line about a session (how, since when, last active).
   * - `end-session`: "Abmelden" for one other device.
   * - `note`: "Sie sind nur auf diesem Gerät angemeldet."
   * - `consequences`: What ending the registration means.
   * - `link`: "Zur Startseite" after the registration is ended.
   * - `submit`: The step's main button; "Alle anderen Geräte abmelden".
   * - `secondary-action`: "Abbrechen", "Zurück zu den Einstellungen", "Code erneut senden", "Erneut versuchen".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-account": Partial<
    PkAccountProps & PkAccountSolidJsProps & BaseProps<PkAccount> & BaseEvents
  >;

  /**
   * Changes the member's postal address, approved with a passkey: the current address,
   * the new one with the date it holds from, a review of old beside new, then `<pk-approve>`.
   *
   * Loads the current address from the insurer's registry (with "Erneut versuchen" if that fails),
   * then asks for street, house number, postcode (5 digits) and town, each with its autocomplete
   * token, and the date the new address holds from as three labelled fields (Tag, Monat, Jahr; at
   * most 12 months back and 6 months ahead). Checked on submit with an error summary; then a
   * review of old beside new, with "Ändern" back to the form, every value kept (WCAG 3.3.4). Sent,
   * the change waits for the member's approval: `<pk-approve>` shows it inline, bound to exactly
   * this change. Once approved, the element shows the new address and says that letters to the
   * old and the new address confirm it. Each step's heading takes focus when it appears.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-address-change-complete`: The new address is approved and saved; `detail: { approval }`.
   * - `pk-address-change-step`: Another step is shown; `detail: { step }`.
   * - `pk-address-change-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-address-change-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form on the form and review steps).
   * - `form`: The step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `current`: The address on file, and the new one at the end.
   * - `field`: A label, hint, error and input group (the date's fieldset too).
   * - `label`: A field's label, the date's legend.
   * - `hint`: A field's hint.
   * - `input`: A text input.
   * - `error`: A field's error message.
   * - `review`: The review's table of old beside new.
   * - `from`: An old value in the review.
   * - `to`: A new value in the review.
   * - `submit`: The step's main button: "Weiter", "Senden und freigeben".
   * - `secondary-action`: "Ändern", "Erneut versuchen", "Änderung erneut eingeben".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-address-change": Partial<
    PkAddressChangeProps &
      PkAddressChangeSolidJsProps &
      BaseProps<PkAddressChange> &
      BaseEvents
  >;

  /**
   * Approves one protected change with a passkey, bound to exactly what the member sees:
   * the summary of the change, then "Mit Passkey freigeben" here, "Auf meinem Smartphone
   * freigeben" (a QR code, a short link and a number to pick there) or "Ablehnen".
   *
   * Shows the transaction a protected form hands it (`approval`) or loads it (`approval-id`): its
   * title and each line from the old to the new value, in the element's language. The passkey
   * ceremony's challenge is derived from the transaction, so the signature approves nothing else.
   * Waiting for the phone, it shows the time left (announced when the wait starts and in its last
   * minute) and learns the outcome by server-sent events, or by asking every few seconds where
   * they fail. Then approved, denied, expired or cancelled, each saying what to do next. With
   * `mode="inbox"` it lists the signed-in member's pending approvals and opens each in place.
   * Opened on the phone from the handoff link (`#t=…`, removed from the address), it shows the
   * change and three numbers; the right one leads to the passkey prompt, a wrong one cancels the
   * transaction. Each new view's heading takes focus.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `approval-id`/`approvalId`: The id of the transaction to load and approve, where no `approval` is given.
   * - `mode`: `inbox`: the signed-in member's pending approvals, each opened in place.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `approval`: The transaction to approve, as a protected form's answer gives it; its heading takes focus. (property only)
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-approval-complete`: The transaction is approved and the change made; `detail: { approval }`.
   * - `pk-approval-status`: The transaction's status as learned: `pending`, then its end; `detail: { status }`.
   * - `pk-approval-error`: An error is shown; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-approve-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-approve-qr-size`: Width of the QR code. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current view (a form on the phone's pick).
   * - `form`: The phone's `<form>` with the three numbers.
   * - `heading`: The view's heading, which takes focus when the view appears.
   * - `title`: The change's title in the inbox and at the end.
   * - `changes`: The description list of what changes.
   * - `change`: One line of it: its label, the old and the new value.
   * - `from`: The old value.
   * - `to`: The new value.
   * - `note`: A remark set apart: passkeys are unsupported.
   * - `qr`: The QR code that opens the transaction on the phone.
   * - `link`: The short link to type on the phone.
   * - `number-box`: The number to pick on the phone, with its label.
   * - `number`: The number itself, large.
   * - `countdown`: The time left to approve.
   * - `list`: The inbox's list.
   * - `item`: One pending approval in the inbox.
   * - `field`: The numbers' fieldset.
   * - `label`: The numbers' legend, each number's label, the number's label.
   * - `hint`: The numbers' hint and the number's.
   * - `error`: The numbers' error message.
   * - `choices`: The three numbers.
   * - `choice`: One number: its radio button and label.
   * - `radio`: A number's radio button.
   * - `submit`: "Mit Passkey freigeben", and "Weiter" on the phone.
   * - `secondary-action`: "Auf meinem Smartphone freigeben", "Ablehnen", "Abbrechen", "Erneut versuchen", an inbox entry's button and "Zurück zu den offenen Freigaben".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-approve": Partial<
    PkApproveProps & PkApproveSolidJsProps & BaseProps<PkApprove> & BaseEvents
  >;

  /**
   * Changes the account the insurer pays refunds into, approved with a passkey: the
   * details on file (masked), the account holder and IBAN, a review of old beside new, then
   * `<pk-approve>`.
   *
   * Loads the bank details on file, the IBAN masked (or says there are none), with "Erneut
   * versuchen" if that fails. The IBAN is grouped in fours as it is typed or pasted, the caret
   * staying after the character it followed; on submit it is checked for its country's length,
   * its format and its check digits (mod 97), with an error summary. Then a review of old beside
   * new, with "Ändern" back to the form, every value kept (WCAG 3.3.4). Sent, the change waits for
   * the member's approval: `<pk-approve>` shows it inline, bound to exactly this change. Once
   * approved, the element shows the new account and says that an e-mail and a letter confirm it.
   * Each step's heading takes focus when it appears.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-bank-details-complete`: The new bank details are approved and saved; `detail: { approval }`.
   * - `pk-bank-details-step`: Another step is shown; `detail: { step }`.
   * - `pk-bank-details-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-bank-details-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form on the form and review steps).
   * - `form`: The step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `current`: The bank details on file, and the new ones at the end.
   * - `field`: A label, hint, error and input group.
   * - `label`: A field's label.
   * - `hint`: A field's hint.
   * - `input`: A text input.
   * - `error`: A field's error message.
   * - `review`: The review's table of old beside new.
   * - `from`: An old value in the review.
   * - `to`: A new value in the review.
   * - `submit`: The step's main button: "Weiter", "Senden und freigeben".
   * - `secondary-action`: "Ändern", "Erneut versuchen", "Änderung erneut eingeben".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-bank-details": Partial<
    PkBankDetailsProps &
      PkBankDetailsSolidJsProps &
      BaseProps<PkBankDetails> &
      BaseEvents
  >;

  /**
   * Sends documents to the insurer (sick notes, invoices for reimbursement, applications):
   * a category and a note, files from the file picker, drag and drop or the phone's camera, sent
   * with progress, then a printable receipt with each file's SHA-256.
   *
   * Loads the insurer's categories (with "Erneut versuchen" if that fails) and asks which one, with
   * an optional one-line note. Files are added with the native file input (several at once), by
   * dropping them onto it, or with "Foto aufnehmen" on phones; each is listed with a thumbnail
   * (images) or its type, its size and a remove button named after it. On "Dateien senden" each
   * file's first bytes are checked for PDF, JPEG or PNG as the category allows, and its size, the
   * number of files and their total against the category's limits, with a message per file in the
   * error summary (the server checks everything again, and decides). The files go in one request
   * with a `<progress>` per file and for all, announced when each file is done; "Senden abbrechen"
   * stops it and keeps the files, and after a network error "Erneut versuchen" sends the same
   * files again. A category that needs an approval shows `<pk-approve>` inline first. The receipt
   * names the reference number, date and time, category and each file with its size and SHA-256,
   * and can be printed. Each step's heading takes focus when it appears.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `camera`: Whether to offer "Foto aufnehmen": `auto` where the main pointer is coarse (phones).
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-upload-complete`: The submission is stored (approved first where its category needs it); `detail: { receipt }`.
   * - `pk-document-upload-step`: Another step is shown; `detail: { step }`.
   * - `pk-document-upload-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-document-upload-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-document-upload-thumbnail-size`: Width and height of a thumbnail. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form on the category, files and failed upload steps).
   * - `form`: The step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `field`: A label, hint, error and input group (the categories' fieldset too).
   * - `label`: A field's label, the categories' legend and each category's label.
   * - `hint`: A field's hint, and each category's.
   * - `input`: The note's text input.
   * - `error`: A field's or a file's error message.
   * - `choices`: The categories to choose from.
   * - `choice`: One category: its radio button, label and hint.
   * - `radio`: A category's radio button.
   * - `dropzone`: Where files can be dropped, around the file inputs.
   * - `add`: The native file input ("Dateien auswählen").
   * - `camera`: The file input that opens the camera ("Foto aufnehmen").
   * - `file-list`: The files chosen, or being sent.
   * - `file`: One file: thumbnail, name, details, error and remove button, or its progress.
   * - `thumbnail`: An image's thumbnail, or the type of a PDF.
   * - `file-name`: A file's name.
   * - `file-details`: A file's type and size, or its progress as text.
   * - `remove`: A file's remove button ("Rechnung.pdf entfernen").
   * - `progress`: A `<progress>` of a file or of all.
   * - `total`: The progress of all files.
   * - `receipt`: The receipt.
   * - `details`: The receipt's reference, time, category, note and approval.
   * - `reference`: The reference number.
   * - `files`: The receipt's table of files received.
   * - `checksum`: A file's SHA-256.
   * - `print`: The button that prints the receipt.
   * - `submit`: The step's main button: "Weiter", "Dateien senden", "Erneut versuchen".
   * - `secondary-action`: "Zurück", "Senden abbrechen", "Zurück zur Dateiliste", "Dateien erneut senden", "Weitere Dokumente senden".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-document-upload": Partial<
    PkDocumentUploadProps &
      PkDocumentUploadSolidJsProps &
      BaseProps<PkDocumentUpload> &
      BaseEvents
  >;

  /**
   * A new password for a member who forgot it: a code by e-mail, SMS or letter, or a
   * passkey of the account, then the new password; the member is then signed in.
   *
   * Steps, each a form validated on submit with an error summary: (1) the KVNR or e-mail address,
   * (2) the way: a code by e-mail, SMS or a new activation letter, or "Mit meinem Passkey" (the
   * same choice for every member; a passkey goes straight to step 4), (3) the code, with "Code
   * erneut senden" after a visible wait that is announced when it starts and ends, or the letter's
   * answer, (4) the new password with the policy's rules ticked as typed, (5) done. The answer to
   * every request before the proof is the same whether or not the account exists. Each step's
   * heading takes focus when it appears. Opened from a reset letter's QR code (`#code=…`, removed
   * from the address), it starts at the code, filled in, and asks whose account it is.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `methods`: The ways offered, space separated: `email sms letter passkey` (the default, all four) or a
   * part of them, as the server is configured.
   * - `password-policy`/`passwordPolicy`: The server's password policy, whose rules the password step shows: `modern` or `classic`.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-password-reset`: The new password is set, every other session is ended and the member is signed in; `detail: { session }`.
   * - `pk-forgot-password-step`: Another step is shown; `detail: { step }`.
   * - `pk-forgot-password-error`: An error is shown; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-forgot-password-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form, except on the done step).
   * - `form`: The current step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `field`: A label, hint, error and input group (the ways' fieldset too).
   * - `label`: A field's label, the ways' legend and each way's label.
   * - `hint`: A field's hint, and each way's.
   * - `input`: A text input.
   * - `error`: A field's error message.
   * - `choices`: The ways to choose from.
   * - `choice`: One way: its radio button, label and hint.
   * - `radio`: A way's radio button.
   * - `note`: A remark set apart: the code came from the letter, passkeys are unsupported.
   * - `countdown`: The seconds until "Code erneut senden" is offered.
   * - `rules`: The new password's rules.
   * - `rule`: One rule; `data-status` is `met`, `unmet`, `failed` or `server`.
   * - `toggle`: The button that shows or hides the password.
   * - `submit`: The step's main button.
   * - `secondary-action`: "Ich habe schon einen Code", "Zurück", "Anderen Weg wählen", "Code erneut senden".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-forgot-password": Partial<
    PkForgotPasswordProps &
      PkForgotPasswordSolidJsProps &
      BaseProps<PkForgotPassword> &
      BaseEvents
  >;

  /**
   * Login with the insurance number (KVNR) or e-mail address and a password, or with a
   * passkey (button, and the browser's autofill list through conditional mediation).
   *
   * Renders into its light DOM inside a real `<form>` so password managers and passkey autofill see
   * the fields. Validates on submit only; errors appear in a summary that takes focus and above each
   * field. Works standalone (`api`), inside `<pk-portal>`, or with an injected `client`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `forgot-password-href`/`forgotPasswordHref`: The page where a member who forgot the password sets a new one.
   * - `methods`: Which ways to log in are offered.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-login-success`: The member is logged in; `detail: { session, method }`.
   * - `pk-login-error`: An error is shown; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-login-max-width`: Width of the form. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `form`: The `<form>`.
   * - `field`: A label, hint, error and input group.
   * - `label`: A field's label.
   * - `hint`: A field's hint.
   * - `input`: The identifier and password inputs.
   * - `error`: A field's error message.
   * - `submit`: The "Anmelden" button.
   * - `toggle`: The button that shows or hides the password.
   * - `forgot-password`: The "Passwort vergessen?" link, with `forgot-password-href`.
   * - `passkey-section`: The passkey explanation and button, or the note that passkeys are unsupported.
   * - `secondary-action`: The "Mit Passkey anmelden" button.
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-login": Partial<
    PkLoginProps & PkLoginSolidJsProps & BaseProps<PkLogin> & BaseEvents
  >;

  /**
   * The signed-in member's passkeys: a list (name, synced or bound to one device, when
   * added, when last used) with "Umbenennen" and "Entfernen" for each, and "Dieses Gerät als
   * Passkey hinzufügen"; or, with `offer`, only an invitation to add one.
   *
   * Loads the list when connected. When the member's login is too old to add a passkey, asks for
   * the password first, inline, and then adds the passkey in the same step.
   *
   * Renaming opens a field in the passkey's row (at most 64 characters, checked on "Speichern";
   * Escape or "Abbrechen" leaves it); focus returns to the row's "Umbenennen", and the new name is
   * announced. Removing asks first, in place of the list: while other passkeys remain, the server
   * answers a pending approval and `<pk-approve>` is shown inline, as in the protected forms, to be
   * approved with one of the other passkeys (never the one being removed); once approved the
   * passkey is gone from the list, and after a decline "Zurück zu Ihren Passkeys" leads back. The
   * last passkey is removed with the password instead, after a warning that changes of address and
   * bank details then need a new passkey.
   *
   * Where the browser has the WebAuthn Signal API, the member's password manager is told which
   * passkeys still exist (`PublicKeyCredential.signalAllAcceptedCredentials`) after each load of
   * the list and after a removal, and the account's name (`signalCurrentUserDetails`) after each
   * load; where it has not, nothing happens.
   *
   * Offer mode (`offer`), for the page after a password sign-in: when the server says the member
   * may be invited (signed in with the password, no passkey yet, no "Nicht jetzt" in the last 30
   * days) and the browser supports passkeys, shows "Schneller und sicherer anmelden" with "Passkey
   * anlegen" (the add flow above) and "Nicht jetzt" (remembered by the server; the invitation goes
   * and the status says so). Otherwise it shows nothing, a list that cannot be loaded included.
   *
   * By hand with NVDA or VoiceOver: each passkey's buttons are read with its name; the name field
   * is read with its label and hint, and its error after an empty "Speichern"; the new name and a
   * removal are heard from the status region; the confirm step's heading is read when it appears,
   * and so is `<pk-approve>`'s; after "Nicht jetzt" the status is heard.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `offer`: Shows only the invitation to add a passkey, when the server offers one.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-passkeys-success`: A passkey was added; `detail: { passkey }`.
   * - `pk-passkey-renamed`: A passkey was renamed; `detail: { passkey }` (with its new name).
   * - `pk-passkey-removed`: A passkey was removed; `detail: { passkey }` (as it was).
   * - `pk-passkeys-error`: An error is shown, the inline approval's too; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-passkeys-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `passkey-list`: The list of passkeys.
   * - `passkey`: One passkey in the list.
   * - `passkey-name`: A passkey's name.
   * - `passkey-detail`: A line about a passkey (synced, added, last used).
   * - `passkey-actions`: A passkey's "Umbenennen" and "Entfernen".
   * - `rename`: A passkey's "Umbenennen" button (named after the passkey).
   * - `remove`: A passkey's "Entfernen" button (named after the passkey).
   * - `rename-form`: The name field in a passkey's row, with "Speichern" and "Abbrechen".
   * - `empty`: The text shown when there is no passkey yet.
   * - `submit`: The "Dieses Gerät als Passkey hinzufügen" button, and each form's main button ("Bestätigen und Passkey hinzufügen", "Speichern", "Passkey entfernen", "Passkey anlegen").
   * - `secondary-action`: The button that loads the list again after an error, each form's "Abbrechen", "Zurück zu Ihren Passkeys" and "Nicht jetzt".
   * - `note`: The note that the browser does not support passkeys.
   * - `form`: The confirm form (password before adding a passkey; before removing one).
   * - `heading`: The confirm form's and the invitation's heading; the confirm form's takes focus when it appears.
   * - `warning`: The warning before the last passkey is removed.
   * - `offer`: The invitation to add a passkey (`offer`).
   * - `step`: Around the inline `<pk-approve>` of a removal and "Zurück zu Ihren Passkeys".
   * - `field`: A field's label, hint, error and input group.
   * - `label`: A field's label.
   * - `hint`: A field's hint.
   * - `input`: The password input and the name input.
   * - `error`: A field's error message.
   * - `toggle`: The button that shows or hides the password.
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-passkeys": Partial<
    PkPasskeysProps &
      PkPasskeysSolidJsProps &
      BaseProps<PkPasskeys> &
      BaseEvents
  >;

  /**
   * Optional provider: gives the Portalkit elements inside it their server (the API base
   * URL, or one client) and the language, so a page configures them once.
   *
   * Renders nothing itself; its children stay where they are.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `api`: Base URL the server helper is mounted under.
   * - `client`: A client to use instead of ones built from `api` (stories, tests, custom transports). (property only)
   */
  "pk-portal": Partial<
    PkPortalProps & PkPortalSolidJsProps & BaseProps<PkPortal> & BaseEvents
  >;

  /**
   * Registration in steps: identify against the member registry, activation letter by
   * post, activation code, a new password and binding this device with a passkey.
   *
   * Steps, each a form validated on submit with an error summary: (1) KVNR, postcode, date of birth
   * and e-mail ("letter requested" is the same answer whether or not they matched), (2) KVNR and the
   * letter's code (filled in from the QR code's `#code=…`, which is then removed from the address),
   * (3) the password with the policy's rules ticked as typed, (4) a passkey or "Später", (5) done.
   * "Schritt 2 von 5" is in every heading, which takes focus when its step appears; "Zurück" keeps
   * what was entered. A reload resumes: after a letter was requested (storage keeps only that) at
   * the code, after activation (the server's cookie) at the password.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `card-number`/`cardNumber`: Asks for the last 6 digits of the health card's number too (where the insurer does).
   * - `password-policy`/`passwordPolicy`: The server's password policy, whose rules the password step shows: `modern` or `classic`.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-register-complete`: The account exists and the member is signed in; `detail: { session, passkeyAdded }`.
   * - `pk-register-step`: Another step is shown; `detail: { step }`.
   * - `pk-register-error`: An error is shown; `detail: { code }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-register-max-width`: Width of the element. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `step`: The current step (a form, except on the done step).
   * - `form`: The current step's `<form>`.
   * - `heading`: The step's heading, which takes focus when the step appears.
   * - `progress`: "Schritt 2 von 5" inside the heading.
   * - `field`: A label, hint, error and input group (the date of birth's fieldset too).
   * - `label`: A field's label or the date's legend.
   * - `hint`: A field's hint.
   * - `input`: A text input.
   * - `error`: A field's error message.
   * - `note`: The note that the code came from the letter, or that passkeys are unsupported.
   * - `rules`: The new password's rules.
   * - `rule`: One rule; `data-status` is `met`, `unmet`, `failed` or `server`.
   * - `toggle`: The button that shows or hides the password.
   * - `submit`: The step's main button.
   * - `secondary-action`: "Zurück", "Später" or "Ohne Passkey weiter".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-register": Partial<
    PkRegisterProps &
      PkRegisterSolidJsProps &
      BaseProps<PkRegister> &
      BaseEvents
  >;

  /**
   * Warns before the idle sign-out and lets the member stay signed in (WCAG 2.2.1), in
   * every open tab of the site.
   *
   * Reads the session's times (`GET /session`, which does not extend it) after the page is first
   * painted and shows nothing while there is time. `warn-before` seconds before the idle sign-out
   * it reads them again (another request may have extended the session) and otherwise opens a modal
   * `<dialog>`: "Sie werden in 2 Minuten abgemeldet", the time left, "Angemeldet bleiben" (one
   * `POST /session/extend`) and "Jetzt abmelden". Focus moves to "Angemeldet bleiben"; screen
   * readers hear the dialog's heading, the time left and why once, then the time left can be read
   * in steps of 15 seconds (the visible countdown is hidden from them). Escape counts as
   * "Angemeldet bleiben": the member is there, and a key must never sign them out. When the
   * session's absolute limit comes first, the warning says when it ends and that it cannot be
   * extended, with "OK" and "Jetzt abmelden". When the time is up it signs out (`POST /logout`),
   * says why, offers to sign in again and moves focus there. Tabs agree through a
   * `BroadcastChannel`: staying signed in closes the warning in all, signing out signs out all.
   * Times are kept as deadlines and checked on every tick and when the tab becomes visible again,
   * as browsers slow down timers in background tabs.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `warn-before`/`warnBefore`: Seconds before the idle sign-out that the warning opens; at least 120.
   * - `login-href`/`loginHref`: Where "Erneut anmelden" leads; the current page when not set.
   * - `channel`: The `BroadcastChannel` the tabs of the site agree on.
   * - `api`: Base URL of the server helper, when not inside `<pk-portal>`.
   * - `client`: A client to use instead of the portal's or one built from `api`. (property only)
   * - `messages`: Terms replacing the registered ones, e.g. an insurer's wording. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `pk-session-extended`: The member stayed signed in, here or in another tab; `detail: { idleExpiresIn, absoluteExpiresIn }` (seconds).
   * - `pk-session-expired`: The member is signed out, here or in another tab; `detail: { reason: 'idle' | 'absolute' | 'signed-out' }`. A page may navigate.
   * - `pk-session-error`: Extending failed; `detail: { code }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `signOut() => Promise<void>`: Signs the member out from the page's own "Abmelden": `/logout` (a failure changes nothing:
   * the session is over or ends by itself), then every tab of the site is told; each shows the
   * reason and fires `pk-session-expired` with `signed-out`, as after "Jetzt abmelden".
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pk-session-timer-max-width`: Width of the warning. (default: `undefined`)
   * - `--pk-session-timer-backdrop`: The colour over the page behind the warning. (default: `undefined`)
   * - `--pk-color-primary`: Buttons and accents. (default: `undefined`)
   * - `--pk-color-primary-hover`: Buttons on hover. (default: `undefined`)
   * - `--pk-color-on-primary`: Text on primary buttons. (default: `undefined`)
   * - `--pk-color-error`: Error texts and borders. (default: `undefined`)
   * - `--pk-color-text`: Text. (default: `undefined`)
   * - `--pk-color-text-muted`: Hints and details. (default: `undefined`)
   * - `--pk-color-border`: Input borders (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-divider`: Lines between sections and around list items. (default: `undefined`)
   * - `--pk-color-focus`: The focus ring (keep 3:1 against the background). (default: `undefined`)
   * - `--pk-color-surface`: Background of inputs, buttons and the error summary. (default: `undefined`)
   * - `--pk-color-surface-muted`: Background of the status region and hovered buttons. (default: `undefined`)
   * - `--pk-radius-m`: Corner radius of inputs, buttons and boxes. (default: `undefined`)
   * - `--pk-space-xs`: Smallest spacing step. (default: `undefined`)
   * - `--pk-space-s`: Small spacing step. (default: `undefined`)
   * - `--pk-space-m`: Medium spacing step. (default: `undefined`)
   * - `--pk-space-l`: Large spacing step. (default: `undefined`)
   * - `--pk-space-xl`: Largest spacing step. (default: `undefined`)
   * - `--pk-font-family`: Font family. (default: `undefined`)
   * - `--pk-font-size-s`: Hints and details. (default: `undefined`)
   * - `--pk-font-size-m`: Body text. (default: `undefined`)
   * - `--pk-font-size-l`: Headings. (default: `undefined`)
   * - `--pk-control-height`: Minimum height of inputs and buttons (at least 24 px). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `dialog`: The warning (a modal `<dialog>`).
   * - `heading`: The warning's heading; the signed-out message's heading.
   * - `countdown`: The time left: a label and the minutes and seconds.
   * - `countdown-time`: The visible minutes and seconds (hidden from screen readers).
   * - `intro`: Why the warning comes, or when the session ends.
   * - `dialog-status`: The warning's polite live region (a failed extension).
   * - `error`: The failed extension's message.
   * - `actions`: The warning's buttons.
   * - `submit`: "Angemeldet bleiben" (or "OK", or "Erneut versuchen").
   * - `secondary-action`: "Jetzt abmelden".
   * - `signed-out`: The message after the sign-out, which takes focus.
   * - `reason`: Why the member was signed out.
   * - `login-link`: "Erneut anmelden".
   * - `status`: The polite live region for progress and calm messages.
   * - `error-summary`: The list of errors at the top, which takes focus.
   */
  "pk-session-timer": Partial<
    PkSessionTimerProps &
      PkSessionTimerSolidJsProps &
      BaseProps<PkSessionTimer> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Width of the element. */
  "--pk-account-max-width"?: string | undefined;
  /** Buttons and accents. */
  "--pk-color-primary"?: string | undefined;
  /** Buttons on hover. */
  "--pk-color-primary-hover"?: string | undefined;
  /** Text on primary buttons. */
  "--pk-color-on-primary"?: string | undefined;
  /** Error texts and borders. */
  "--pk-color-error"?: string | undefined;
  /** Text. */
  "--pk-color-text"?: string | undefined;
  /** Hints and details. */
  "--pk-color-text-muted"?: string | undefined;
  /** Input borders (keep 3:1 against the background). */
  "--pk-color-border"?: string | undefined;
  /** Lines between sections and around list items. */
  "--pk-color-divider"?: string | undefined;
  /** The focus ring (keep 3:1 against the background). */
  "--pk-color-focus"?: string | undefined;
  /** Background of inputs, buttons and the error summary. */
  "--pk-color-surface"?: string | undefined;
  /** Background of the status region and hovered buttons. */
  "--pk-color-surface-muted"?: string | undefined;
  /** Corner radius of inputs, buttons and boxes. */
  "--pk-radius-m"?: string | undefined;
  /** Smallest spacing step. */
  "--pk-space-xs"?: string | undefined;
  /** Small spacing step. */
  "--pk-space-s"?: string | undefined;
  /** Medium spacing step. */
  "--pk-space-m"?: string | undefined;
  /** Large spacing step. */
  "--pk-space-l"?: string | undefined;
  /** Largest spacing step. */
  "--pk-space-xl"?: string | undefined;
  /** Font family. */
  "--pk-font-family"?: string | undefined;
  /** Hints and details. */
  "--pk-font-size-s"?: string | undefined;
  /** Body text. */
  "--pk-font-size-m"?: string | undefined;
  /** Headings. */
  "--pk-font-size-l"?: string | undefined;
  /** Minimum height of inputs and buttons (at least 24 px). */
  "--pk-control-height"?: string | undefined;
  /** Width of the element. */
  "--pk-address-change-max-width"?: string | undefined;
  /** Width of the element. */
  "--pk-approve-max-width"?: string | undefined;
  /** Width of the QR code. */
  "--pk-approve-qr-size"?: string | undefined;
  /** Width of the element. */
  "--pk-bank-details-max-width"?: string | undefined;
  /** Width of the element. */
  "--pk-document-upload-max-width"?: string | undefined;
  /** Width and height of a thumbnail. */
  "--pk-document-upload-thumbnail-size"?: string | undefined;
  /** Width of the element. */
  "--pk-forgot-password-max-width"?: string | undefined;
  /** Width of the form. */
  "--pk-login-max-width"?: string | undefined;
  /** Width of the element. */
  "--pk-passkeys-max-width"?: string | undefined;
  /** Width of the element. */
  "--pk-register-max-width"?: string | undefined;
  /** Width of the warning. */
  "--pk-session-timer-max-width"?: string | undefined;
  /** The colour over the page behind the warning. */
  "--pk-session-timer-backdrop"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
