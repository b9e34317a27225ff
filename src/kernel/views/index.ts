export { type PageOptions } from './render';
export { usePageContext } from './context';
export { Form, Button, ButtonLink } from './components/form';
export { TextField, TextArea, SelectField, RadioGroup, CheckboxGroup, Checkbox, DateField, ErrorMessage, Hint, type Option } from './components/fields';
export { ErrorSummary, NotificationBanner, StatusTag, StepProgress, InsetText, type TagKind } from './components/feedback';
export { SummaryList, TaskList, Table, Breadcrumbs, Pagination, type SummaryRow, type Column, type Crumb } from './components/lists';
export { formatDate, formatDateTime, formatMoney } from './format';
export { WORKSPACE_PATH, WORKSPACE_CRUMB } from './workspace-nav';
