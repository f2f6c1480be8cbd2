import type { ReactNode } from 'react';

export const metadata = { title: 'Example BKK' };

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
