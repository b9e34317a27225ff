import type { Municipality } from '../../../kernel/config';
import { ButtonLink, LinkCards, formatDate, type LinkCard } from '../../../kernel/views';
import { PATHS } from '../paths';
import type { NewsItem } from '../repository';
import { ContactDetails } from './contact-details';

interface HomeProps {
  municipality: Municipality;
  /** A navigation entry's card each; a hub's card links its areas too (`below`: "Offene Daten" under "Transparenz"). */
  offers: LinkCard[];
  news: NewsItem[];
  loggedIn: boolean;
}

export function HomePage({ municipality, offers, news, loggedIn }: HomeProps) {
  return (
    <>
      <h1>Willkommen im Stadtportal der {municipality.officialName}</h1>
      <p class="lead">Hier finden Sie die digitalen Angebote der {municipality.officialName} an einem Ort – rund um die Uhr und ohne Wartezeit.</p>

      {offers.length > 0 && (
        <section aria-labelledby="offers-title">
          <h2 id="offers-title">Was Sie hier erledigen können</h2>
          <LinkCards cards={offers} titleLevel={3} />
        </section>
      )}

      {!loggedIn && (
        <section aria-labelledby="account-title" class="panel">
          <h2 id="account-title">Ihr Bürgerkonto</h2>
          <p>Mit einem Bürgerkonto sehen Sie Ihre Anliegen an einem Ort. Sie brauchen dafür nur eine E-Mail-Adresse.</p>
          <p class="button-group">
            <ButtonLink href="/konto/registrieren">Bürgerkonto anlegen</ButtonLink>
            <ButtonLink href="/konto/anmelden" variant="secondary">
              Anmelden
            </ButtonLink>
          </p>
        </section>
      )}

      <section aria-labelledby="news-title">
        <h2 id="news-title">Aktuelles</h2>
        {news.length === 0 ? (
          <p>Zurzeit gibt es keine Meldungen.</p>
        ) : (
          <ul class="news-list">
            {news.map((item) => (
              <li class="news-list__item">
                <article>
                  <h3 class="news-list__title">{item.title}</h3>
                  <p class="news-list__date">
                    <time dateTime={item.publishedAt.toISOString()}>{formatDate(item.publishedAt)}</time>
                  </p>
                  <p>{item.summary}</p>
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="contact-title">
        <h2 id="contact-title">Kontakt</h2>
        <ContactDetails municipality={municipality} />
        {municipality.contact.openingHours && <p>Öffnungszeiten: {municipality.contact.openingHours}</p>}
        <p>
          <a href={PATHS.contact}>Alle Kontaktmöglichkeiten</a>
        </p>
      </section>
    </>
  );
}
