import { notYetAvailable } from './inputs.js';

export const recordTiming = notYetAvailable('record-timing', ['env', 'build-id', 'phase']);
