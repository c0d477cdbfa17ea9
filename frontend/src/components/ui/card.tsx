import type { HTMLAttributes, ReactNode } from 'react';

type CardProps = HTMLAttributes<HTMLElement> & {
  /** A heading for the card; it also names the section for assistive technology. */
  title?: ReactNode;
  actions?: ReactNode;
  headingLevel?: 1 | 2 | 3;
};

/** A white panel on the page background: the unit of layout of every page. */
export function Card({ title, actions, headingLevel = 2, className, children, ...rest }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={['card', className].filter(Boolean).join(' ')} {...rest}>
      {(title || actions) && (
        <header className="card__header">
          {title && <Heading className="card__title">{title}</Heading>}
          {actions && <div className="card__actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}
