// The project aggregate (stream project-<id>): its environments and whether it
// still exists. Input validation (slug, URL, environments) happens before a
// command is built; slug uniqueness is the projects table's unique index.
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';
import { conflict, invalid, notFound } from '../errors.js';

// Event data is the contract's (gitops/v1/project.proto).
export type ProjectCreatedData = ContractData<'ProjectCreated'>;
export type ProjectEvent = ContractEvent<'ProjectCreated' | 'EnvironmentAdded' | 'EnvironmentRemoved' | 'ProjectDeleted'>;

export type ProjectCommand =
  | { type: 'CreateProject'; data: ProjectCreatedData }
  | { type: 'AddEnvironment'; environment: string; actorUserId: string }
  | { type: 'RemoveEnvironment'; environment: string; actorUserId: string }
  | { type: 'DeleteProject'; actorUserId: string };

export type ProjectState =
  | { status: 'none' }
  | { status: 'active'; projectId: string; slug: string; environments: string[] }
  | { status: 'deleted'; projectId: string };

export const initialState = (): ProjectState => ({ status: 'none' });

export function decide(command: ProjectCommand, state: ProjectState): ProjectEvent[] {
  switch (command.type) {
    case 'CreateProject':
      if (state.status !== 'none') throw conflict('the project exists already', 'GITOPS-841e');
      return [{ type: 'ProjectCreated', data: command.data }];
    case 'AddEnvironment': {
      const project = active(state);
      if (project.environments.includes(command.environment)) throw conflict(`environment ${command.environment} exists already`, 'GITOPS-ff7e');
      return [{ type: 'EnvironmentAdded', data: { projectId: project.projectId, environment: command.environment, actorUserId: command.actorUserId } }];
    }
    case 'RemoveEnvironment': {
      const project = active(state);
      if (!project.environments.includes(command.environment)) throw notFound(`no environment ${command.environment}`, 'GITOPS-a993');
      if (project.environments.length === 1) throw invalid('a project keeps at least one environment; delete the project instead', 'GITOPS-aa6e');
      return [{ type: 'EnvironmentRemoved', data: { projectId: project.projectId, environment: command.environment, actorUserId: command.actorUserId } }];
    }
    case 'DeleteProject': {
      const project = active(state);
      return [{ type: 'ProjectDeleted', data: { projectId: project.projectId, slug: project.slug, actorUserId: command.actorUserId } }];
    }
    default:
      return assertNever(command);
  }
}

function active(state: ProjectState) {
  if (state.status !== 'active') throw notFound('no such project', 'GITOPS-aba3');
  return state;
}

export function evolve(state: ProjectState, event: ProjectEvent): ProjectState {
  switch (event.type) {
    case 'ProjectCreated':
      return { status: 'active', projectId: event.data.projectId, slug: event.data.slug, environments: [...event.data.environments] };
    case 'EnvironmentAdded':
      return state.status === 'active' ? { ...state, environments: [...state.environments, event.data.environment] } : state;
    case 'EnvironmentRemoved':
      return state.status === 'active' ? { ...state, environments: state.environments.filter((e) => e !== event.data.environment) } : state;
    case 'ProjectDeleted':
      return { status: 'deleted', projectId: event.data.projectId };
    default:
      return assertNever(event);
  }
}

export const projectDecider: Decider<ProjectState, ProjectCommand, ProjectEvent> = { decide, evolve, initialState };
