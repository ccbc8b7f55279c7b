import { WORKSPACE_EXTENSION, type AppInfo } from '../../app/api';

export function suggestedWorkspacePath({ defaultFolder, pathSeparator }: AppInfo): string {
  const folder = defaultFolder.endsWith(pathSeparator) ? defaultFolder : defaultFolder + pathSeparator;
  return `${folder}workspace${WORKSPACE_EXTENSION}`;
}
