package org.safar.platform.profile;

/** What a staff member types to choose a new password. Never sent back to the page. */
class PasswordForm {

    private String currentPassword = "";
    private String newPassword = "";
    private String repeatPassword = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword == null ? "" : repeatPassword;
    }

    boolean repeatedCorrectly() {
        return newPassword.equals(repeatPassword);
    }
}
