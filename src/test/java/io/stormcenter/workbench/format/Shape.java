package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What an ADTool round trip must keep, node by node in pre-order: depth, label, role, gate and the
 * four estimates ADTool has domains for. Ids are left out (ADTool has none; they come from labels).
 */
record Shape(int depth, String label, String role, String gate, Double probability, Double cost, Double time,
             Integer skill) {

    static List<Shape> of(AttackTree tree) {
        List<Shape> shapes = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(tree.root());
        depths.push(0);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            int depth = depths.pop();
            var e = node.estimates();
            shapes.add(new Shape(depth, node.label(), node.role().key(), node.gate().key(), e.probability(), e.cost(),
                    e.timeHours(), e.skill()));
            List<Node> children = tree.children(node.id());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
                depths.push(depth + 1);
            }
        }
        return shapes;
    }
}
