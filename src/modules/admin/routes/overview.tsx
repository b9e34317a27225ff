import type { FastifyInstance } from 'fastify';
import { requireThat, type Actor } from '../../../kernel/auth';
import { adminCrumbs } from '../presenters';
import { canManageDepartments, canManageUsers, canOpenBackOffice, canViewAudit, canViewOutbox } from '../policies';
import { OverviewPage, type Area } from '../views';

const AREAS: (Area & { allowed: (actor: Actor) => boolean })[] = [
  { href: '/admin/benutzer', label: 'Benutzerkonten', description: 'Konten suchen, Mitarbeitende anlegen, Rollen und Berechtigungen ändern.', allowed: canManageUsers },
  { href: '/admin/bereiche', label: 'Fachbereiche', description: 'Die Ämter und Fachbereiche, denen Mitarbeitende zugeordnet sind.', allowed: canManageDepartments },
  { href: '/admin/protokoll', label: 'Protokoll', description: 'Wer hat wann was geändert.', allowed: canViewAudit },
  { href: '/admin/outbox', label: 'Postausgang', description: 'E-Mails des Portals lesen, auch ohne eingerichteten Mailserver.', allowed: canViewOutbox },
];

export function overviewRoutes(app: FastifyInstance): void {
  app.get('/admin', async (request, reply) => {
    requireThat(request.user, canOpenBackOffice);
    const areas = AREAS.filter((area) => area.allowed(request.user)).map(({ href, label, description }) => ({ href, label, description }));
    return reply.page({ title: 'Verwaltung', body: <OverviewPage areas={areas} />, breadcrumbs: adminCrumbs().slice(0, 1) });
  });
}
