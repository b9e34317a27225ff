import { TextField } from '../../../../kernel/views';

type Field = (name: string) => { name: string; value: string | undefined; error: string | undefined };

/** The fields of a place (OParl Location): room (meetings only), address and, for the map, coordinates. */
export function PlaceFields({ field, heading, withRoom }: { field: Field; heading: string; withRoom: boolean }) {
  return (
    <>
      <h2>{heading}</h2>
      {withRoom && <TextField {...field('room')} label="Raum (freiwillig)" hint="Zum Beispiel „Ratssaal“." width="medium" />}
      <TextField {...field('streetAddress')} label="Straße und Hausnummer (freiwillig)" />
      <TextField {...field('postalCode')} label="Postleitzahl (freiwillig)" width="short" inputMode="numeric" />
      <TextField {...field('locality')} label="Ort (freiwillig)" width="medium" />
      <TextField {...field('latitude')} label="Breitengrad (freiwillig)" hint="Für die Karte, zum Beispiel 51,3746." width="medium" inputMode="decimal" />
      <TextField {...field('longitude')} label="Längengrad (freiwillig)" hint="Zum Beispiel 7,6955." width="medium" inputMode="decimal" />
    </>
  );
}
