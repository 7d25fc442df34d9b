using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KzDiff.Service.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PostgreSqlRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComputedBy",
                table: "comparisons",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // A comparison with its own watch terms and a corpus is keyed "5+corpus.<12 hex>+t<10 hex>": 33 characters.
            migrationBuilder.AlterColumn<string>(
                name: "EngineVersion",
                table: "comparisons",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "EngineVersion",
                table: "comparisons",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.DropColumn(
                name: "ComputedBy",
                table: "comparisons");
        }
    }
}
