// Templates for gitops-sync's and deployer's events: a Git credential sync that failed (what to
// do depends on whether the binding is stale and on the reason) and deployments.
import type { Template } from './message.js';

type Vars = Record<string, string>;
const v = (vars: Vars, key: string) => vars[key] || '-';

// gitops' GitCredentialsSyncFailed.reason -> what to do about it.
const syncAdvice: Record<string, { en: string; zh: string }> = {
  no_account: {
    en: 'No connected account can serve this project\'s repository: the organization owner must connect one; Keywarden applies the credentials right after.',
    zh: '没有可用于该项目仓库的已连接账号:请组织所有者连接一个账号,Keywarden 随后会立即写入凭证。',
  },
  reauthorization_required: {
    en: 'The owner\'s account must be authorized again: reconnect it.',
    zh: '所有者的账号需要重新授权:请重新连接该账号。',
  },
  token_unavailable: {
    en: 'The provider did not hand out a token; Keywarden retries. If this persists, check the owner\'s connected account.',
    zh: '平台暂时未能提供令牌,Keywarden 会自动重试;如持续失败,请检查所有者的已连接账号。',
  },
  kubernetes_unavailable: {
    en: 'The cluster could not be reached; Keywarden retries at the next reconcile. Check the cluster connection.',
    zh: '无法连接集群,Keywarden 会在下次对账时重试;请检查集群连接。',
  },
  apply_conflict: {
    en: 'Another tool manages fields of the Secret: remove that field manager or leave the Secret to Keywarden (field manager "keywarden").',
    zh: '另一个工具在管理该 Secret 的字段:请移除该字段管理者,或将该 Secret 交由 Keywarden(字段管理者 "keywarden")管理。',
  },
  kubernetes_error: {
    en: 'The cluster refused the Secret: check that the namespace exists and Keywarden\'s permissions in it.',
    zh: '集群拒绝写入该 Secret:请确认命名空间存在以及 Keywarden 在其中的权限。',
  },
};
const fallbackAdvice = { en: 'See the detail above; Keywarden retries at the next reconcile.', zh: '请查看上面的详情;Keywarden 会在下次对账时重试。' };

// deployer's DeploymentFailed.stage -> where it failed and what to check.
const stages: Record<string, { en: string; zh: string; stepEn: string; stepZh: string }> = {
  environment: {
    en: 'building the environment', zh: '构建环境变量',
    stepEn: 'Check the secrets and environment variables the application uses: one is missing or cannot be read.',
    stepZh: '请检查应用使用的密钥和环境变量:其中有缺失或无法读取的项。',
  },
  apply: {
    en: 'applying to the cluster', zh: '应用到集群',
    stepEn: 'The cluster refused the Deployment or its Secret: check the namespace and Keywarden\'s permissions.',
    stepZh: '集群拒绝了 Deployment 或其 Secret:请检查命名空间以及 Keywarden 的权限。',
  },
  rollout_timeout: {
    en: 'waiting for the rollout (timed out)', zh: '等待发布完成(超时)',
    stepEn: 'The new pods did not become ready in time: check their readiness probes, resources and logs.',
    stepZh: '新的 Pod 未能按时就绪:请检查就绪探针、资源配额和日志。',
  },
  rollout_failed: {
    en: 'rolling out', zh: '滚动发布',
    stepEn: 'The new pods failed: check the image tag, the pod events and logs.',
    stepZh: '新的 Pod 启动失败:请检查镜像标签、Pod 事件和日志。',
  },
};
const stageOf = (x: Vars) => stages[x['stage'] ?? ''] ?? { en: v(x, 'stage'), zh: v(x, 'stage'), stepEn: 'Open the deployment for details.', stepZh: '请打开部署查看详情。' };

export const gitCredentialsSyncFailed: Template = {
  severity: 'critical',
  en: (x) => {
    const facts: Array<[string, string]> = [['Project', v(x, 'project')], ['Environment', v(x, 'environment')], ['Namespace', v(x, 'namespace')], ['Reason', v(x, 'reason')], ['Detail', v(x, 'detail')]];
    if (x['stale'] === 'true') {
      return {
        title: 'Git credential sync failed',
        summary: `The Git credentials of project ${v(x, 'project')} in ${v(x, 'environment')} are stale: Keywarden cannot renew them until the account is reconnected, and Flux stops pulling the repository when the old token expires.`,
        facts,
        steps: ['Reconnect the account: Keywarden then writes the new token to every environment of the project.'],
        action: { label: 'Reconnect account', url: v(x, 'reconnectUrl') },
      };
    }
    return {
      title: 'Git credential sync failed',
      summary: `Keywarden could not write the Git credentials of project ${v(x, 'project')} in ${v(x, 'environment')} (${v(x, 'reason')}).`,
      facts,
      steps: [(syncAdvice[x['reason'] ?? ''] ?? fallbackAdvice).en],
      action: { label: 'Open project', url: v(x, 'projectUrl') },
    };
  },
  'zh-CN': (x) => {
    const facts: Array<[string, string]> = [['项目', v(x, 'project')], ['环境', v(x, 'environment')], ['命名空间', v(x, 'namespace')], ['原因', v(x, 'reason')], ['详情', v(x, 'detail')]];
    if (x['stale'] === 'true') {
      return {
        title: 'Git 凭证同步失败',
        summary: `项目 ${v(x, 'project')} 在 ${v(x, 'environment')} 环境的 Git 凭证已失效:在重新连接账号之前 Keywarden 无法续期,旧令牌过期后 Flux 将无法拉取仓库。`,
        facts,
        steps: ['请重新授权该账号:Keywarden 随后会把新令牌写入该项目的所有环境。'],
        action: { label: '重新授权', url: v(x, 'reconnectUrl') },
      };
    }
    return {
      title: 'Git 凭证同步失败',
      summary: `Keywarden 无法写入项目 ${v(x, 'project')} 在 ${v(x, 'environment')} 环境的 Git 凭证(${v(x, 'reason')})。`,
      facts,
      steps: [(syncAdvice[x['reason'] ?? ''] ?? fallbackAdvice).zh],
      action: { label: '打开项目', url: v(x, 'projectUrl') },
    };
  },
};

export const deploymentSucceeded: Template = {
  severity: 'success',
  en: (x) => ({
    title: 'Deployment succeeded',
    summary: `${v(x, 'application')} ${v(x, 'version')} is live in ${v(x, 'environment')} (${v(x, 'durationSeconds')} s).`,
    facts: [['Application', v(x, 'application')], ['Version', v(x, 'version')], ['Project', v(x, 'project')], ['Environment', v(x, 'environment')], ['Trigger', v(x, 'trigger')], ['Deployment', v(x, 'deploymentId')]],
    steps: [],
    action: { label: 'Open deployment', url: v(x, 'deploymentUrl') },
  }),
  'zh-CN': (x) => ({
    title: '部署成功',
    summary: `${v(x, 'application')} ${v(x, 'version')} 已在 ${v(x, 'environment')} 环境上线(耗时 ${v(x, 'durationSeconds')} 秒)。`,
    facts: [['应用', v(x, 'application')], ['版本', v(x, 'version')], ['项目', v(x, 'project')], ['环境', v(x, 'environment')], ['触发方式', v(x, 'trigger')], ['部署', v(x, 'deploymentId')]],
    steps: [],
    action: { label: '查看部署', url: v(x, 'deploymentUrl') },
  }),
};

export const deploymentFailed: Template = {
  severity: 'critical',
  en: (x) => ({
    title: 'Deployment failed',
    summary: `Deploying ${v(x, 'application')} ${v(x, 'version')} to ${v(x, 'environment')} failed while ${stageOf(x).en}: ${v(x, 'error')}`,
    facts: [['Application', v(x, 'application')], ['Version', v(x, 'version')], ['Project', v(x, 'project')], ['Environment', v(x, 'environment')], ['Stage', v(x, 'stage')], ['Trigger', v(x, 'trigger')], ['Deployment', v(x, 'deploymentId')]],
    steps: [stageOf(x).stepEn],
    action: { label: 'Open deployment', url: v(x, 'deploymentUrl') },
  }),
  'zh-CN': (x) => ({
    title: '部署失败',
    summary: `部署 ${v(x, 'application')} ${v(x, 'version')} 到 ${v(x, 'environment')} 环境失败(阶段:${stageOf(x).zh}):${v(x, 'error')}`,
    facts: [['应用', v(x, 'application')], ['版本', v(x, 'version')], ['项目', v(x, 'project')], ['环境', v(x, 'environment')], ['阶段', v(x, 'stage')], ['触发方式', v(x, 'trigger')], ['部署', v(x, 'deploymentId')]],
    steps: [stageOf(x).stepZh],
    action: { label: '查看部署', url: v(x, 'deploymentUrl') },
  }),
};
