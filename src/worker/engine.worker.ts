/** The engine in a Web Worker: a thin comlink shim over engine-api.ts (house style §5). */
import { expose } from 'comlink'

import { engineApi } from './engine-api'

const api = engineApi
export type EngineWorkerApi = typeof api

expose(api)
