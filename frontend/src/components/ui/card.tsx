import { useId, type HTMLAttributes, type ReactNode } from 'react';

type CardProps = HTMLAttributes<HTMLElement> & {
  /** A heading for the card; it also names the section for assistive technology. */
  title?: ReactNode;
  actions?: ReactNode;
  headingLevel?: 1 | 2 | 3;
};

/** A white panel on the page background: the unit of layout of every page. */
export function Card({ title, actions, headingLevel = 2, className, children, ...rest }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  return (
    <section
      className={['card', className].filter(Boolean).join(' ')}
      aria-labelledby={title && !rest['aria-label'] ? headingId : undefined}
      {...rest}
    >
      {(title || actions) && (
        <header className="card__header">
          {title && (
            <Heading id={headingId} className="card__title">
              {title}
            </Heading>
          )}
          {actions && <div className="card__actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}
