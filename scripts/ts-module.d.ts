import type { ModuleOptions } from 'webpack';

export function tsModule(configFile: string, compilerOptions: Record<string, unknown>): ModuleOptions;
