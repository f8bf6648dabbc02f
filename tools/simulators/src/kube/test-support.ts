import { ApiException } from '@kubernetes/client-node';

/** The Kubernetes Status a client-node call failed with (client-node keeps the body as text). */
export async function statusOf(call: Promise<unknown>): Promise<{ code: number; reason: string; message: string; details?: { causes?: { field?: string; message?: string; type?: string }[] } }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    // client-node drops the body of a 401; the HTTP code is still on the exception.
    const body: unknown = typeof error.body === 'string' && error.body ? JSON.parse(error.body) : (error.body ?? {});
    return { code: error.code, ...(body as object) } as Awaited<ReturnType<typeof statusOf>>;
  }
  throw new Error('expected the call to fail');
}
