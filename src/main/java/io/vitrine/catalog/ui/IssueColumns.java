package io.vitrine.catalog.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The columns of a table of rejected rows and warnings: kind, line, item id, field, message. */
final class IssueColumns {
    private IssueColumns() {
    }

    static void configure(TableView<ImportViewModel.Issue> table) {
        TableColumn<ImportViewModel.Issue, String> kind = new TableColumn<>("");
        kind.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().kind()));
        kind.setPrefWidth(80);
        TableColumn<ImportViewModel.Issue, Long> line = new TableColumn<>("Line");
        line.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().issue().line()));
        line.setPrefWidth(60);
        TableColumn<ImportViewModel.Issue, String> id = new TableColumn<>("Item id");
        id.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().issue().id()));
        id.setPrefWidth(150);
        TableColumn<ImportViewModel.Issue, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().issue().field()));
        field.setPrefWidth(90);
        TableColumn<ImportViewModel.Issue, String> message = new TableColumn<>("What is wrong");
        message.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().issue().message()));
        message.setPrefWidth(420);
        table.getColumns().setAll(List.of(kind, line, id, field, message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
