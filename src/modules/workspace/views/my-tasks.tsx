import type { StaffTask } from '../../../kernel/module';
import { StatusTag } from '../../../kernel/views';
import type { MyTasks, TaskGroup } from '../use-cases/load-my-tasks';

function TaskItem({ task }: { task: StaffTask }) {
  return (
    <li class="staff-task">
      <span class="staff-task__count">{task.count}</span>
      <a class="staff-task__link" href={task.href}>
        {task.label}
      </a>
      {task.urgent && <StatusTag kind="danger">dringend</StatusTag>}
    </li>
  );
}

function Group({ group, index }: { group: TaskGroup; index: number }) {
  const headingId = `aufgaben-${index}`;
  return (
    <section class="staff-task-group" aria-labelledby={headingId}>
      <h2 class="staff-task-group__title" id={headingId}>
        {group.label}
      </h2>
      {group.error !== undefined ? (
        <p class="staff-task-group__error">
          <StatusTag kind="warning">Fehler</StatusTag> Die Aufgaben dieses Bereichs konnten nicht geladen werden. Laden Sie die Seite später neu; die anderen
          Bereiche sind davon nicht betroffen.
        </p>
      ) : (
        <ul class="staff-tasks">
          {group.tasks.map((task) => (
            <TaskItem task={task} />
          ))}
        </ul>
      )}
    </section>
  );
}

function EmptyState({ noSections }: { noSections: boolean }) {
  if (noSections) {
    return (
      <div class="staff-tasks-empty">
        <p class="lead">Für Ihr Konto sind noch keine Bereiche der Verwaltung freigeschaltet.</p>
        <p>Wenden Sie sich an die Administration Ihrer Verwaltung, wenn Sie Zugriff auf einen Bereich brauchen.</p>
      </div>
    );
  }
  return (
    <div class="staff-tasks-empty">
      <p class="lead">Zurzeit wartet nichts auf Sie.</p>
      <p>Neue Aufgaben erscheinen hier, sobald etwas eingeht. Ihre Bereiche erreichen Sie jederzeit über die Navigation.</p>
    </div>
  );
}

/** "Meine Aufgaben": per area what waits, with a count and a link to where it is done. */
export function MyTasksPage({ tasks }: { tasks: MyTasks }) {
  return (
    <>
      <h1>Meine Aufgaben</h1>
      <p>Guten Tag, {tasks.displayName}. Hier sehen Sie, was in Ihren Bereichen auf Bearbeitung wartet.</p>
      {tasks.groups.length === 0 ? (
        <EmptyState noSections={tasks.noSections} />
      ) : (
        <div class="staff-task-groups">
          {tasks.groups.map((group, index) => (
            <Group group={group} index={index} />
          ))}
        </div>
      )}
    </>
  );
}
