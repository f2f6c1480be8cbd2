import type { FlowModule } from '../router.js';
import { accountFlow } from './account.js';
import { addressChangeFlow } from './address-change.js';
import { approveFlow } from './approve.js';
import { bankDetailsFlow } from './bank-details.js';
import { documentUploadFlow } from './document-upload.js';
import { forgotPasswordFlow } from './forgot-password.js';
import { loginFlow } from './login.js';
import { passkeysFlow } from './passkeys.js';
import { registerFlow } from './register.js';
import { sessionFlow } from './session.js';

/** Every flow the portal serves: a new flow adds its line here. */
export const flows: readonly FlowModule[] = [
  loginFlow,
  sessionFlow,
  passkeysFlow,
  registerFlow,
  forgotPasswordFlow,
  approveFlow,
  addressChangeFlow,
  bankDetailsFlow,
  documentUploadFlow,
  accountFlow,
];
