import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';

let estimator: Promise<ZxcvbnFactory> | null = null;

/**
 * The dictionaries are large: they load in their own chunk on first use, so
 * the first screen paints without them.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return estimator;
}

export async function estimateStrength(passphrase: string, userInputs: string[]): Promise<ZxcvbnResult> {
  return (await loadEstimator()).check(passphrase, userInputs);
}
