import type { ReactNode } from 'react';

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto mt-10 max-w-md px-4">
      <p className="mb-2 text-center text-2xl font-bold text-blue-800">LifeOS</p>
      <div className="card">
        <h1 className="mb-4 text-xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
