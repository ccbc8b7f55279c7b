/** The channel prefix the Electron transport uses; one channel per call. Kept apart so the preload bundles nothing else. */
export const IPC_PREFIX = 'pw:';
