package io.stormcenter.workbench.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.stormcenter.workbench.cluster.DeployRequest;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.cluster.TestPlans;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.deployment.DeploymentRecordStore;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.kube.KubeContext;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.background.BackgroundWork;
import io.stormcenter.workbench.ui.background.FxStandIn;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Deploy panel's work on its own real thread (as in the window), against the fabric8 mock server. */
@EnableKubernetesMockClient(crud = true)
class DeployOnRealThreadsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    static KubernetesClient client;

    private final FxStandIn fx = new FxStandIn();
    private final BackgroundWork background = new BackgroundWork(fx::execute);
    private final List<KubernetesClient> opened = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        background.close();
        fx.close();
    }

    private HoneyclusterDeployer connect(KubeContext context) {
        return MockServerDeployers.connect(client, context, opened::add);
    }

    private DeployViewModel viewModel(Executor shownOn) throws Exception {
        TaskLane lane = TaskLane.immediate(background.thread("deploy"), shownOn);
        DeployViewModel model = fx.call(() -> new DeployViewModel((kubeconfig, context) -> connect(context),
                SafetyPolicy.defaults(), lane, shownOn));
        KubeContext kindDev = new KubeContext("kind-dev", "c", client.getMasterUrl().toString(), "u", null);
        fx.call(() -> {
            model.contexts().setAll(kindDev);
            model.contextProperty().set(kindDev);
            return null;
        });
        return model;
    }

    @Test
    void stop_ends_a_running_deploy_after_the_current_object() throws Exception {
        // given an FX thread that falls behind at the third object, until the user has pressed Stop
        CountDownLatch thirdObject = new CountDownLatch(1);
        CountDownLatch stopPressed = new CountDownLatch(1);
        AtomicInteger postsFromWork = new AtomicInteger();
        Executor slowFx = task -> {
            if (Thread.currentThread().getName().equals("ksc-deploy") && postsFromWork.incrementAndGet() == 3) {
                thirdObject.countDown();
                awaitQuietly(stopPressed);
            }
            fx.execute(task);
        };
        DeployViewModel viewModel = viewModel(slowFx);
        DeploymentRecordFile store = DeploymentRecordFile.nextTo(folder.resolve("stopped.json"));

        // when a deploy starts and the user presses Stop at the third object
        fx.call(() -> {
            viewModel.deploy(TestPlans.honeyPlan("honey-thread", "dep-thread"), new DeployRequest("h", null, false), store);
            return null;
        });
        assertThat(thirdObject.await(30, TimeUnit.SECONDS)).isTrue();
        fx.call(() -> {
            viewModel.cancel();
            return null;
        });
        stopPressed.countDown();
        fx.awaitTrue(() -> !viewModel.busyProperty().get(), WAIT);

        // then it stopped before the fourth of ten objects, and says so
        assertThat(fx.call(() -> List.copyOf(viewModel.steps()))).hasSize(4).last().asString()
                .startsWith("[4/10] failed: cancelled before this object");
        assertThat(fx.call(() -> viewModel.messageProperty().get())).startsWith("Stopped at ");
        assertThat(store.load().orElseThrow().state()).isNotEqualTo(DeploymentState.DEPLOYED);
        assertThat(fx.call(() -> viewModel.cancellableProperty().get())).isFalse();
    }

    @Test
    void a_failure_on_the_work_thread_reaches_the_view_model_which_stays_usable() throws Exception {
        TaskLane lane = TaskLane.immediate(background.thread("deploy"), fx::execute);
        DeployViewModel viewModel = fx.call(() -> new DeployViewModel((kubeconfig, context) -> {
            throw new IllegalStateException("connection refused");
        }, SafetyPolicy.defaults(), lane, fx::execute));
        KubeContext kindDev = new KubeContext("kind-dev", "c", "https://127.0.0.1:1", "u", null);
        fx.call(() -> {
            viewModel.contexts().setAll(kindDev);
            viewModel.contextProperty().set(kindDev);
            viewModel.preview(TestPlans.honeyPlan("honey-fail", "dep-fail"));
            return null;
        });

        fx.awaitTrue(() -> !viewModel.busyProperty().get(), WAIT);

        assertThat(fx.call(() -> viewModel.messageProperty().get()))
                .isEqualTo("Failed unexpectedly (IllegalStateException): connection refused");
    }

    @Test
    void each_call_closes_the_client_it_opened() throws Exception {
        DeployViewModel viewModel = viewModel(fx::execute);

        fx.call(() -> {
            viewModel.preview(TestPlans.honeyPlan("honey-close", "dep-close"));
            return null;
        });
        fx.awaitTrue(() -> !viewModel.busyProperty().get(), WAIT);
        fx.call(() -> {
            viewModel.testConnection(TestPlans.honeyPlan("honey-close", "dep-close"));
            return null;
        });
        fx.awaitTrue(() -> !viewModel.busyProperty().get(), WAIT);

        assertThat(opened).hasSize(2).allMatch(c -> c.getHttpClient().isClosed());
        assertThat(fx.call(() -> viewModel.previewProperty().get())).isNotNull();
    }

    @Test
    void the_plan_is_compiled_and_the_record_read_on_the_work_thread_never_on_the_fx_thread() throws Exception {
        // given a view model whose compiler and record store note the thread they are called on
        List<String> compiledOn = new CopyOnWriteArrayList<>();
        List<String> readOn = new CopyOnWriteArrayList<>();
        HoneyclusterCompiler real = new HoneyclusterCompiler();
        TaskLane lane = TaskLane.immediate(background.thread("deploy"), fx::execute);
        DeployViewModel viewModel = fx.call(() -> new DeployViewModel((kubeconfig, context) -> connect(context),
                SafetyPolicy.defaults(), lane, fx::execute, Map.of(), (tree, options) -> {
                    compiledOn.add(Thread.currentThread().getName());
                    return real.compile(tree, options);
                }, modelFile -> {
                    DeploymentRecordStore file = DeploymentRecordFile.nextTo(modelFile);
                    return new DeploymentRecordStore() {
                        @Override
                        public Optional<DeploymentRecord> load() {
                            readOn.add(Thread.currentThread().getName());
                            return file.load();
                        }

                        @Override
                        public void save(DeploymentRecord record) {
                            file.save(record);
                        }
                    };
                }));
        KubeContext kindDev = new KubeContext("kind-dev", "c", client.getMasterUrl().toString(), "u", null);
        AttackTree tree = TreeFiles.read(Path.of("sample-models", "secret-theft.json")).tree();
        Path modelFile = folder.resolve("secret-theft.json");
        fx.call(() -> {
            viewModel.contexts().setAll(kindDev);
            viewModel.contextProperty().set(kindDev);
            return null;
        });

        // when the user previews, deploys, asks for the status and the sensors' settings, and tears down
        List<Runnable> clicks = List.of(() -> viewModel.preview(tree), () -> viewModel.deploy(tree, modelFile),
                () -> viewModel.refreshStatus(modelFile), () -> viewModel.showSensorSettings(tree, modelFile),
                () -> viewModel.testConnection(tree), () -> viewModel.teardown(modelFile));
        for (Runnable click : clicks) {
            fx.call(() -> {
                click.run();
                return null;
            });
            fx.awaitTrue(() -> !viewModel.busyProperty().get(), WAIT);
        }

        // then every compile and every record read ran on the deploy lane's thread
        assertThat(compiledOn).hasSize(4).allMatch(name -> name.equals("ksc-deploy"));
        assertThat(readOn).hasSizeGreaterThanOrEqualTo(4).allMatch(name -> name.equals("ksc-deploy"));
        assertThat(fx.call(() -> viewModel.messageProperty().get())).doesNotStartWith("Failed");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
