package dk.konferencebasen.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;

/**
 * An OpenSearch node whose plugins are classes on the class path instead of folders under
 * {@code plugins/}: the released node, not the test framework's {@code MockNode}, which needs
 * the randomized-testing context.
 */
final class ClusterNode extends Node {
  ClusterNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
    super(
        InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> settings.get("node.name")),
        plugins.stream().map(ClusterNode::info).toList(),
        true);
  }

  private static PluginInfo info(Class<? extends Plugin> plugin) {
    return new PluginInfo(
        plugin.getName(), "from the class path", "NA", Version.CURRENT, "21", plugin.getName(), List.of(), false);
  }
}
