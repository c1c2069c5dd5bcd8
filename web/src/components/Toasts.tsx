import { AnimatePresence, LazyMotion, m } from 'framer-motion';
import { useToasts } from '../stores/toasts';

// The animation features load after the first paint, keeping them out of the initial JavaScript.
const loadFeatures = () => import('./motionFeatures').then((mod) => mod.default);

export function Toasts() {
  const { toasts, dismiss } = useToasts();
  return (
    <LazyMotion features={loadFeatures} strict>
    <div aria-live="polite" className="pointer-events-none fixed bottom-4 right-4 left-4 z-50 flex flex-col items-end gap-2 sm:left-auto">
      <AnimatePresence>
        {toasts.map((t) => (
          <m.div
            key={t.id}
            initial={{ opacity: 0, y: 12 }}
            animate={{ opacity: 1, y: 0 }}
            exit={{ opacity: 0 }}
            role={t.kind === 'error' ? 'alert' : 'status'}
            className={`pointer-events-auto flex max-w-sm items-center gap-3 rounded-md px-4 py-3 text-sm shadow-lg ${
              t.kind === 'error' ? 'bg-red-800 text-white' : 'bg-slate-900 text-white'}`}
          >
            <span>{t.message}</span>
            {t.action && (
              <button type="button" className="font-semibold underline" onClick={() => { t.action!.run(); dismiss(t.id); }}>
                {t.action.label}
              </button>
            )}
            <button type="button" aria-label="Dismiss" className="ml-auto" onClick={() => dismiss(t.id)}>×</button>
          </m.div>
        ))}
      </AnimatePresence>
    </div>
    </LazyMotion>
  );
}
