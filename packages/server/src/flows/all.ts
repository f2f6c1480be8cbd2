import type { FlowModule } from '../router.js';
import { approveFlow } from './approve.js';
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
];
